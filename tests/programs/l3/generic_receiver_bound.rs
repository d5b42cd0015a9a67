// Method calls on generic receivers through bounds: `x.area()` for `x: &T`, for `x: T`
// by value, for fields of a generic struct, and for `&mut T`.
trait Shape {
    fn area(&self) -> f64;
    fn grow(&mut self, k: f64);
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn grow(&mut self, k: f64) {
        self.r = self.r * k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn grow(&mut self, k: f64) {
        self.w = self.w * k;
        self.h = self.h * k;
    }
}

fn area_of<T: Shape>(x: &T) -> f64 {
    x.area()
}

fn area_owned<T: Shape>(x: T) -> f64 {
    x.area()
}

fn double<T: Shape>(x: &mut T) {
    x.grow(2.0);
}

struct Labeled<T> {
    shape: T,
    label: char,
}

impl<T: Shape> Labeled<T> {
    fn report(&self) {
        println!("{}: {:.2}", self.label, self.shape.area());
    }
    fn bigger_than<U: Shape>(&self, other: &U) -> bool {
        self.shape.area() > other.area()
    }
}

fn main() {
    let mut c = Circle { r: 1.5 };
    let mut r = Rect { w: 2.0, h: 3.5 };
    println!("{:.2} {:.2}", area_of(&c), area_of(&r));
    println!("{:.2}", area_owned(c));
    double(&mut c);
    double(&mut r);
    println!("{:?} {:?}", c, r);
    let lc = Labeled { shape: c, label: 'c' };
    let lr = Labeled { shape: r, label: 'r' };
    lc.report();
    lr.report();
    println!("{} {}", lc.bigger_than(&r), lr.bigger_than(&lc.shape));
}
