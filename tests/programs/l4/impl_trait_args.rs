// `impl Trait` in argument position: an anonymous generic parameter per `impl Trait`, inferred at
// each call, alone or beside named ones, behind references, with several bounds and supertraits.
use std::fmt::Debug;

trait Named {
    fn name(&self) -> u32;
}

trait Shape: Named {
    fn area(&self) -> f64;
    fn describe(&self) -> f64 {
        self.area() + self.name() as f64
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct Circle {
    r: f64,
}

#[derive(Clone, Debug)]
struct Square {
    s: f64,
}

impl Named for Circle {
    fn name(&self) -> u32 {
        1
    }
}

impl Named for Square {
    fn name(&self) -> u32 {
        2
    }
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
}

struct Noisy(u32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop Noisy({})", self.0);
    }
}

impl Named for Noisy {
    fn name(&self) -> u32 {
        self.0
    }
}

fn show(s: impl Shape) -> f64 {
    s.area()
}

fn total(a: &impl Shape, b: &dyn Shape) -> f64 {
    a.area() + b.area()
}

fn pair<T: Shape>(t: T, u: impl Shape + Clone + Debug) -> f64 {
    let v = u.clone();
    println!("{:?}", v);
    t.describe() + u.area()
}

fn both(a: impl Named, b: impl Named) -> u32 {
    a.name() * 10 + b.name()
}

fn bump(s: &mut impl Named, n: u32) -> u32 {
    s.name() + n
}

fn twice(x: impl Copy + PartialEq + Debug) -> bool {
    let y = x;
    println!("{:?} {:?}", x, y);
    x == y
}

fn nested(shape: impl Shape) -> f64 {
    show(shape)
}

fn as_dyn(s: &impl Shape) -> &dyn Shape {
    s
}

struct Scaler {
    k: f64,
}

impl Scaler {
    fn scale(&self, s: &impl Shape) -> f64 {
        self.k * s.area()
    }

    fn scale_both<T: Shape>(&self, t: &T, u: &impl Shape) -> f64 {
        self.k * (t.area() + u.area())
    }
}

fn main() {
    let c = Circle { r: 1.0 };
    let s = Square { s: 2.0 };
    println!("{}", show(c));
    println!("{}", show(s.clone()));
    println!("{:.1}", total(&c, &s));
    println!("{}", pair(s.clone(), c));
    println!("{}", pair::<Circle>(c, s.clone()));
    println!("{}", both(c, Noisy(7)));
    let mut n = Noisy(3);
    println!("{}", bump(&mut n, 4));
    println!("{}", twice(5u8));
    println!("{}", twice(c));
    println!("{}", nested(s.clone()));
    println!("{}", as_dyn(&s).describe());
    let k = Scaler { k: 0.5 };
    println!("{} {}", k.scale(&c), k.scale_both(&s, &c));
    println!("end");
}
