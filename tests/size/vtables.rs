// Two vtables for the size tests: `describe` and `sides` are reached only through `dyn Shape`
// (the vtables keep them); Circle's `area` is also called directly, Square's is not.
trait Shape {
    fn area(&self) -> u64;
    fn sides(&self) -> u64;
    fn describe(&self) -> u64 {
        self.area() * 10 + self.sides()
    }
}

struct Circle(u64);

struct Square(u64);

impl Shape for Circle {
    fn area(&self) -> u64 {
        3 * self.0 * self.0
    }
    fn sides(&self) -> u64 {
        0
    }
}

impl Shape for Square {
    fn area(&self) -> u64 {
        self.0 * self.0
    }
    fn sides(&self) -> u64 {
        4
    }
}

fn show(s: &dyn Shape) -> u64 {
    s.describe()
}

fn main() {
    let c = Circle(2);
    println!("{} {} {}", c.area(), show(&c), show(&Square(3)));
}
