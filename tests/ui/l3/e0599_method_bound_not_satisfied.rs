// A method from an `impl<T: PartialOrd>` block called on a Pair whose T is not PartialOrd.
#[derive(Clone, Copy)]
struct Point {
    x: i32,
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn largest(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
}

fn main() {
    let ints = Pair { a: 1, b: 2 };
    println!("{}", ints.largest());
    let points = Pair { a: Point { x: 1 }, b: Point { x: 2 } };
    let p = points.largest(); //~ ERROR E0599
    println!("{}", p.x);
}
