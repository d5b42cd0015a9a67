// `impl Trait` is a type only in a function's parameter and return types: anywhere else it is
// E0562, named after the place as rustc names it.
trait Shape {
    fn area(&self) -> u32;
}

struct Circle {
    r: u32,
}

impl Shape for Circle {
    fn area(&self) -> u32 {
        self.r
    }
}

struct Holder {
    shape: impl Shape, //~ ERROR E0562
}

struct W<T>(T);

impl W<impl Shape> {} //~ ERROR E0562

const C: impl Shape = Circle { r: 1 }; //~ ERROR E0562

fn id<T>(t: T) -> T {
    t
}

fn main() {
    let a: impl Shape = Circle { r: 1 }; //~ ERROR E0562
    let b: Option<impl Shape> = None; //~ ERROR E0562
    let c = id::<impl Shape>(Circle { r: 2 }); //~ ERROR E0562
}
