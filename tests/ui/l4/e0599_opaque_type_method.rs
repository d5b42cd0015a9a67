// An opaque type has the methods of the traits it names, and no other: not the hidden type's
// inherent methods, not another trait's that the hidden type implements.
trait Shape {
    fn area(&self) -> u32;
}

trait Named {
    fn name(&self) -> u32;
}

struct Circle;

impl Circle {
    fn radius(&self) -> u32 {
        1
    }
}

impl Shape for Circle {
    fn area(&self) -> u32 {
        3
    }
}

impl Named for Circle {
    fn name(&self) -> u32 {
        7
    }
}

fn make() -> impl Shape {
    Circle
}

fn main() {
    let c = make();
    println!("{} {}", c.area(), Circle.radius());
    c.radius(); //~ ERROR E0599
    c.name(); //~ ERROR E0599
}
