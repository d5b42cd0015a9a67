// A tuple-variant pattern with the wrong number of fields.
enum Shape {
    Rect(u32, u32),
    Dot,
}

fn main() {
    let s = Shape::Rect(1, 2);
    match s {
        Shape::Rect(w) => println!("{}", w), //~ ERROR E0023
        Shape::Dot => println!("dot"),
    }
}
