// An `impl Trait` inside the bounds of another is E0666.
trait Shape {
    fn area(&self) -> u32;
}

trait Holds<T> {
    fn get(&self) -> T;
}

fn open(h: impl Holds<impl Shape>) -> u32 { //~ ERROR E0666
    h.get().area()
}

fn main() {}
