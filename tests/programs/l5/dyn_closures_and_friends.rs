// Closures with the other constructs of levels L4 and L5 that ToyRust once reported as missing
// (`&dyn Fn`, `Box<dyn Shape>`, `impl Fn`, `?`, and a closure coerced to a `fn` pointer): all work now.
trait Shape {
    fn area(&self) -> f64;
}

trait Polygon {
    const SIDES: u32;
}

struct Square(f64);

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Polygon for Square {
    const SIDES: u32 = 4;
}

fn describe(s: &dyn Shape) -> f64 {
    s.area()
}

fn boxed(s: Box<dyn Shape>) -> f64 {
    s.area()
}

fn adder() -> impl Fn(i32) -> i32 {
    |x| x + 1
}

fn apply(f: fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn half(x: Option<i32>) -> Option<i32> {
    let v = x?;
    Some(v / 2)
}

fn via(f: &dyn Fn(i32) -> i32) -> i32 {
    f(1)
}

fn twice<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(f(x))
}

fn main() {
    let k = |x: i32| x * 2;
    let sq = Square(2.0);
    println!("{} {}", describe(&sq), boxed(Box::new(Square(1.0))));
    println!("{} {} {:?} {}", k(1), apply(k, 2), half(Some(4)), adder()(1));
    println!("{} {}", twice(k, 3), via(&k));
}
