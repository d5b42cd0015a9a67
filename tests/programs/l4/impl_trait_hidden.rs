// Opaque values used as concrete ones once revealed: in a generic struct's field, array elements,
// a reference to an opaque type, tuples of two opaque types from a generic function, moves and
// drops of a hidden type with Drop (in rustc's order), a generic function instantiated twice.
trait Shape {
    fn area(&self) -> u32;
}
#[derive(Debug, Clone, Copy, PartialEq)]
struct Circle {
    r: u32,
}
struct Sq(u32);
impl Shape for Circle {
    fn area(&self) -> u32 {
        self.r
    }
}
impl Shape for Sq {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
}
impl Drop for Sq {
    fn drop(&mut self) {
        println!("drop Sq {}", self.0);
    }
}
struct Holder<T> {
    inner: T,
    n: u32,
}
impl<T: Shape> Holder<T> {
    fn total(&self) -> u32 {
        self.inner.area() + self.n
    }
}
impl<T: Shape> Shape for Holder<T> {
    fn area(&self) -> u32 {
        self.total()
    }
}
fn make(r: u32) -> impl Shape {
    Circle { r }
}
fn sq(n: u32) -> impl Shape {
    Sq(n)
}
fn first<'a>(c: &'a Circle) -> &'a impl Shape {
    c
}
fn wrap<T: Shape>(t: T) -> impl Shape {
    Holder { inner: t, n: 1 }
}
fn pick<T: Shape, U: Shape>(t: T, u: U) -> (impl Shape, impl Shape) {
    (u, t)
}
fn area_of<T: Shape>(t: &T) -> u32 {
    t.area()
}
fn main() {
    let h = Holder { inner: sq(3), n: 2 };
    println!("{}", h.total());
    let arr = [make(1), make(2), make(3)];
    println!("{}", arr[0].area() + arr[2].area());
    let c = Circle { r: 5 };
    println!("{}", first(&c).area());
    println!("{} {}", wrap(Circle { r: 1 }).area(), wrap(sq(2)).area());
    let (a, b) = pick(sq(4), make(6));
    println!("{} {}", a.area(), b.area());
    let o = Some(sq(7));
    if let Some(s) = &o {
        println!("{}", area_of(s));
    }
    let moved = sq(8);
    let again = moved;
    println!("{}", again.area());
    println!("end");
}
