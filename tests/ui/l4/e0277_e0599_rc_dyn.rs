// Rc<T> unsizes to Rc<dyn Shape> only for a T with the impl; the trait object has only the
// trait's methods.
use std::rc::Rc;
trait Shape { fn area(&self) -> f64; }
struct Circle;
struct Blob;
impl Shape for Circle { fn area(&self) -> f64 { 1.0 } }
impl Circle { fn radius(&self) -> f64 { 2.0 } }
fn main() {
    let a: Rc<dyn Shape> = Rc::new(Blob); //~ ERROR E0277
    let c: Rc<dyn Shape> = Rc::new(Circle);
    println!("{}", c.radius()); //~ ERROR E0599
    println!("{}", a.area());
}
