// An impl that leaves out an associated const without a default (E0046); one with a default
// may be left out.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
}

struct Circle;

impl Shape for Circle {} //~ ERROR E0046

fn main() {
    println!("{}", Circle::NAME);
}
