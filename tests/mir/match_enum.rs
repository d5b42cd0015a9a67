// Matching enums: a discriminant switch, nested patterns, or-patterns, guards, by-reference
// bindings, `if let` and `while let`.
#[derive(Clone, Copy)]
enum Shape {
    Circle(i32),
    Rect { w: i32, h: i32 },
    Empty,
}

fn area(s: Shape) -> i32 {
    match s {
        Shape::Circle(r) if r > 10 => 300,
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn describe(o: Option<Option<i32>>) -> i32 {
    match o {
        Some(Some(0)) | None => 0,
        Some(Some(n)) => n,
        Some(None) => -1,
    }
}

fn largest(s: &Shape) -> i32 {
    if let Shape::Rect { w, h } = s {
        if *w > *h { *w } else { *h }
    } else {
        0
    }
}

fn count_down(start: Option<i32>) -> i32 {
    let mut o = start;
    let mut steps = 0;
    while let Some(n) = o {
        o = if n > 0 { Some(n - 1) } else { None };
        steps += 1;
    }
    steps
}

fn main() {
    let r = Shape::Rect { w: 2, h: 3 };
    println!("{} {} {} {}", area(r), describe(Some(Some(4))), largest(&r), count_down(Some(3)));
}
