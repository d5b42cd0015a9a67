// A `Box<dyn Shape>` has the trait's methods only; rustc names the box in the error.
trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0
    }
    }
impl Sq {
    fn side(&self) -> f64 {
        self.0
    }
}
fn main() {
    let b: Box<dyn Shape> = Box::new(Sq(2.0));
    println!("{}", b.side()); //~ ERROR E0599
}
