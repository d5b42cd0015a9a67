// Unsizing `&T` to `&dyn Shape` needs `T: Shape`, at a `let` and at an argument.
trait Shape {
    fn area(&self) -> i32;
}

struct Circle;
struct Square;

impl Shape for Circle {
    fn area(&self) -> i32 {
        1
    }
}

fn show(s: &dyn Shape) -> i32 {
    s.area()
}

fn main() {
    let q = Square;
    let s: &dyn Shape = &q; //~ ERROR E0277
    println!("{} {} {}", s.area(), show(&Circle), show(&q)); //~ ERROR E0277
}
