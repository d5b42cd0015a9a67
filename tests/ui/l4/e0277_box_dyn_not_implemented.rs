// Unsizing `Box<Nope>` to `Box<dyn Shape>` needs `Nope: Shape`.
trait Shape {
    fn area(&self) -> f64;
}
struct Sq(f64);
struct Nope;
impl Shape for Sq {
    fn area(&self) -> f64 {
        self.0
    }
}
fn main() {
    let a: Box<dyn Shape> = Box::new(Sq(1.0));
    let b: Box<dyn Shape> = Box::new(Nope); //~ ERROR E0277
    println!("{}", a.area() + b.area());
}
