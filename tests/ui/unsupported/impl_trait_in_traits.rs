// `impl Trait` in the return type of a trait's method (stable since Rust 1.75) is not supported
// yet, in the trait or in an impl of it.
trait Shape {
    fn area(&self) -> u32;
}

struct Circle;

impl Shape for Circle {
    fn area(&self) -> u32 {
        1
    }
}

trait Factory {
    fn make(&self) -> impl Shape; //~ ERROR ToyRust does not support `impl Trait` in the return type of a trait's method yet
}

struct F;

impl Factory for F {
    fn make(&self) -> impl Shape { //~ ERROR ToyRust does not support `impl Trait` in the return type of a trait's method yet
        Circle
    }
}

fn main() {
    println!("{}", F.make().area());
}
