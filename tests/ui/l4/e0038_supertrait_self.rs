// A supertrait that takes `Self` as a type parameter (`PartialEq` is `PartialEq<Self>`) or that
// requires `Self: Sized` makes a trait not dyn compatible.
trait Shape: PartialEq {
    fn area(&self) -> i32;
}

trait Solid: Sized {
    fn volume(&self) -> i32;
}

#[derive(PartialEq)]
struct Cube;

impl Shape for Cube {
    fn area(&self) -> i32 {
        6
    }
}

impl Solid for Cube {
    fn volume(&self) -> i32 {
        1
    }
}

fn main() {
    let s: &dyn Shape = &Cube; //~ ERROR E0038
    let v: &dyn Solid = &Cube; //~ ERROR E0038
    println!("{} {}", s.area(), v.volume());
}
