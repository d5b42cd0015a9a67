// `impl Trait` in return position: the caller sees an opaque type with the listed traits only;
// the hidden type is the body's, and monomorphization puts it in place: its size, its drop, its
// vtable when the opaque value is unsized to `&dyn Shape`, and generic functions returning it.
use std::fmt::Debug;

trait Shape {
    fn area(&self) -> u32;
    fn grow(&mut self, by: u32);
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: u32,
}

#[derive(Debug)]
struct Labeled {
    id: u32,
    side: u32,
}

impl Drop for Labeled {
    fn drop(&mut self) {
        println!("drop Labeled {}", self.id);
    }
}

impl Shape for Circle {
    fn area(&self) -> u32 {
        3 * self.r * self.r
    }
    fn grow(&mut self, by: u32) {
        self.r += by;
    }
}

impl Shape for Labeled {
    fn area(&self) -> u32 {
        self.side * self.side
    }
    fn grow(&mut self, by: u32) {
        self.side += by;
    }
}

struct Wrap<T> {
    inner: T,
    extra: u32,
}

impl<T: Shape> Shape for Wrap<T> {
    fn area(&self) -> u32 {
        self.inner.area() + self.extra
    }
    fn grow(&mut self, by: u32) {
        self.inner.grow(by);
    }
}

fn make(r: u32) -> impl Shape {
    Circle { r }
}

fn labeled(id: u32) -> impl Shape + Debug {
    Labeled { id, side: id + 1 }
}

fn wrap<T: Shape>(t: T) -> impl Shape {
    Wrap { inner: t, extra: 100 }
}

fn copyable() -> impl Shape + Copy + Debug {
    Circle { r: 9 }
}

fn number() -> impl Debug {
    42
}

fn countdown(n: u32) -> impl Shape {
    if n == 0 {
        return Circle { r: 2 };
    }
    countdown(n - 1)
}

fn pick(big: bool) -> impl Shape {
    let r = if big { 10 } else { 1 };
    Circle { r }
}

fn two() -> (impl Shape, impl Debug) {
    (make(1), "two")
}

fn maybe(yes: bool) -> Option<impl Shape> {
    if yes { Some(labeled(5)) } else { None }
}

fn measure(s: &dyn Shape) -> u32 {
    s.area()
}

fn generic_area<T: Shape>(t: &T) -> u32 {
    t.area()
}

fn consume(s: impl Shape) -> u32 {
    s.area()
}

struct Factory {
    base: u32,
}

impl Factory {
    fn build(&self) -> impl Shape + Debug {
        Circle { r: self.base }
    }

    fn build_wrapped<T: Shape>(&self, t: T) -> impl Shape {
        wrap(t)
    }
}

fn main() {
    let mut m = make(2);
    println!("{}", m.area());
    m.grow(1);
    println!("{}", m.area());
    let d: &dyn Shape = &m;
    println!("{}", measure(d));
    println!("{}", generic_area(&m));
    println!("{}", wrap(make(1)).area());
    println!("{}", wrap(wrap(make(1))).area());
    {
        let l = labeled(7);
        println!("{:?} {}", l, l.area());
        let w = wrap(labeled(8));
        println!("{}", w.area());
    }
    let c = copyable();
    let c2 = c;
    println!("{:?} {:?} {}", c, c2, c.area());
    println!("{:?}", number());
    println!("{}", countdown(3).area());
    println!("{} {}", pick(true).area(), pick(false).area());
    let (a, b) = two();
    println!("{} {:?}", a.area(), b);
    match maybe(true) {
        Some(s) => println!("some {}", s.area()),
        None => println!("none"),
    }
    println!("{}", maybe(false).is_none());
    println!("{}", consume(make(4)));
    let f = Factory { base: 3 };
    println!("{:?} {}", f.build(), f.build().area());
    let mut built = f.build_wrapped(labeled(9));
    built.grow(1);
    println!("{}", measure(&built));
    let shapes: [&dyn Shape; 2] = [&m, &c];
    println!("{}", shapes[0].area() + shapes[1].area());
    println!("end");
}
