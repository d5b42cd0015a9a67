//@ exit-code: 101
// A failing assert! whose condition is a match with several arms, guards, or-patterns and
// struct and tuple-struct patterns: too long for one line, it prints one arm per line.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Shape {
    Circle(i64),
    Rect { w: i64, h: i64 },
    Empty,
}

fn area(s: Shape) -> i64 {
    match s {
        Shape::Circle(r) => 3 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Empty => 0,
    }
}

fn main() {
    let s = Shape::Rect { w: 3, h: 4 };
    println!("area {}", area(s));
    assert!(match s { Shape::Circle(radius) if radius > 1000000 => area(Shape::Circle(radius)) > 10, Shape::Rect { w, h: height } => w * height == 13, Shape::Empty | Shape::Circle(_) => false });
}
