// An opaque type that is part of its own hidden type has no type at all: E0720, for two opaque
// types whose hidden types are each other, and for a body that returns its own result wrapped.
trait Shape {
    fn area(&self) -> u32;
}

struct W<T>(T);

impl<T: Shape> Shape for W<T> {
    fn area(&self) -> u32 {
        self.0.area()
    }
}

fn ping() -> impl Shape { //~ ERROR E0720
    pong()
}

fn pong() -> impl Shape { //~ ERROR E0720
    ping()
}

fn nest() -> impl Shape { //~ ERROR E0720
    W(nest())
}

fn main() {
    ping();
    nest();
}
