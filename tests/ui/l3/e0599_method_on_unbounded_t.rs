// A trait method called on a type parameter that lacks the bound.
trait Shape {
    fn area(&self) -> u32;
}

struct Square {
    side: u32,
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

fn area_of<T>(s: &T) -> u32 {
    s.area() //~ ERROR E0599
}

fn main() {
    println!("{}", area_of(&Square { side: 3 }));
}
