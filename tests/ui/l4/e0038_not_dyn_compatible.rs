// A trait with a generic method, an associated function without `self` and a method returning
// `Self` cannot be a trait object (E0038 at the `dyn` type). `where Self: Sized` exempts a method.
trait Shape {
    fn area(&self) -> i32;
    fn scaled<T>(&self, by: T) -> i32;
    fn make() -> Self;
    fn dup(&self) -> Self;
    fn fine() -> Self where Self: Sized;
}

fn show(s: &dyn Shape) -> i32 { //~ ERROR E0038
    s.area()
}

fn main() {}
