// Enums mixing unit, tuple and struct variants; constructing and destructuring each kind.
enum Shape {
    Empty,
    Circle(f64),
    Rect(f64, f64),
    Triangle { base: f64, height: f64 },
}

fn area(s: &Shape) -> f64 {
    match s {
        Shape::Empty => 0.0,
        Shape::Circle(r) => 3.14 * r * r,
        Shape::Rect(w, h) => w * h,
        Shape::Triangle { base, height } => 0.5 * base * height,
    }
}

fn name(s: &Shape) -> &'static str {
    match s {
        Shape::Empty => "empty",
        Shape::Circle(_) => "circle",
        Shape::Rect(..) => "rect",
        Shape::Triangle { .. } => "triangle",
    }
}

fn main() {
    let shapes = [
        Shape::Circle(2.0),
        Shape::Rect(3.0, 4.5),
        Shape::Triangle { base: 6.0, height: 2.5 },
        Shape::Empty,
    ];
    let mut total = 0.0;
    for i in 0..shapes.len() {
        let a = area(&shapes[i]);
        println!("{} {:.2}", name(&shapes[i]), a);
        total += a;
    }
    println!("total {:.3}", total);
}
