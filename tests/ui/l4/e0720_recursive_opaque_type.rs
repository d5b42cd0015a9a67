// Two opaque types whose hidden types are each other have no type at all: E0720 at both.
trait Shape {
    fn area(&self) -> u32;
}

fn ping() -> impl Shape { //~ ERROR E0720
    pong()
}

fn pong() -> impl Shape { //~ ERROR E0720
    ping()
}

fn main() {
    ping();
}
