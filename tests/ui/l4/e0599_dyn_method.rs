// A trait object has the methods of its trait and supertraits only: not an inherent method of a
// type that implements it, not another trait's method.
trait Shape {
    fn area(&self) -> i32;
}

trait Perimeter {
    fn perimeter(&self) -> i32;
}

struct Circle;

impl Circle {
    fn radius(&self) -> i32 {
        1
    }
}

impl Shape for Circle {
    fn area(&self) -> i32 {
        3
    }
}

impl Perimeter for Circle {
    fn perimeter(&self) -> i32 {
        6
    }
}

fn main() {
    let c = Circle;
    let s: &dyn Shape = &c;
    println!("{} {}", s.area(), c.radius());
    s.perimeter(); //~ ERROR E0599
    s.radius(); //~ ERROR E0599
}
