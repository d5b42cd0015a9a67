// A call through a trait bound becomes a call of the impl's method for each concrete type;
// a default method not overridden is instantiated for the type that uses it.
trait Shape {
    fn area(&self) -> f64;
    fn describe(&self) -> f64 {
        self.area() * 2.0
    }
}

struct Circle {
    r: f64,
}

struct Square {
    s: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.s * self.s
    }
    fn describe(&self) -> f64 {
        self.s
    }
}

fn report<S: Shape>(shape: &S) -> f64 {
    shape.describe()
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn report::<Circle>
    //~ MONO_ITEM fn <Circle as Shape>::describe
    //~ MONO_ITEM fn <Circle as Shape>::area
    println!("{}", report(&Circle { r: 1.0 }));
    //~ MONO_ITEM fn report::<Square>
    //~ MONO_ITEM fn <Square as Shape>::describe
    println!("{}", report(&Square { s: 2.0 }));
}
