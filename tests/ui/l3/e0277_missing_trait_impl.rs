// A generic function bounded by a user trait, called with a type that has no impl.
trait Shape {
    fn area(&self) -> u32;
}

struct Square {
    side: u32,
}

struct Circle {
    r: u32,
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

fn report<T: Shape>(s: &T) -> u32 {
    s.area()
}

fn main() {
    let sq = Square { side: 2 };
    let c = Circle { r: 3 };
    println!("{}", report(&sq));
    println!("{}", report(&c)); //~ ERROR E0277
    println!("{}", c.r);
}
