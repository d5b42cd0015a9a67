// An `impl Trait` parameter is anonymous: a turbofish gives the named parameters only, and one
// that tries to give the `impl Trait` one too is E0107 ("`impl Trait` cannot be explicitly
// specified as a generic argument").
trait Shape {
    fn area(&self) -> u32;
}

struct Circle;

impl Shape for Circle {
    fn area(&self) -> u32 {
        1
    }
}

fn show(s: impl Shape) -> u32 {
    s.area()
}

fn pair<T: Shape>(t: T, u: impl Shape) -> u32 {
    t.area() + u.area()
}

fn main() {
    println!("{}", pair::<Circle>(Circle, Circle));
    println!("{}", show::<Circle>(Circle)); //~ ERROR E0107
    println!("{}", pair::<Circle, Circle>(Circle, Circle)); //~ ERROR E0107
}
