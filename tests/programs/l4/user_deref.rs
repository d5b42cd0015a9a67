// User impls of `Deref` and `DerefMut`: `*w` calls `deref` (or `deref_mut` where the place is
// written or borrowed mutably), method calls and field access look through them (autoderef),
// and `&Wrapper<T>` coerces to `&T` where a `&T` is expected (deref coercion).
use std::ops::{Deref, DerefMut};

struct Wrapper<T> {
    value: T,
    reads: u32,
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Wrapper<T> {
        Wrapper { value, reads: 0 }
    }
}

impl<T> Deref for Wrapper<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Wrapper<T> {
    fn deref_mut(&mut self) -> &mut T {
        self.reads += 1;
        &mut self.value
    }
}

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn norm1(&self) -> i32 {
        self.x * self.x + self.y * self.y
    }

    fn shift(&mut self, by: i32) {
        self.x += by;
        self.y += by;
    }
}

struct Meters(f64);

impl Deref for Meters {
    type Target = f64;
    fn deref(&self) -> &f64 {
        &self.0
    }
}

trait Half {
    fn half(&self) -> f64;
}

impl Half for f64 {
    fn half(&self) -> f64 {
        *self / 2.0
    }
}

fn show_point(p: &Point) {
    println!("point {:?}", p);
}

fn bump(p: &mut Point) {
    p.x *= 10;
}

fn first<T: Deref<Target = Point>>(w: &T) -> i32 {
    w.x + (**w).y
}

fn main() {
    let mut w = Wrapper::new(Point { x: 3, y: -4 });
    println!("{:?} {}", *w, w.norm1());
    println!("{} {}", w.x, w.y);
    w.shift(2);
    (*w).x += 1;
    *w = Point { x: w.x, y: 7 };
    w.y -= 1;
    println!("{:?} reads={}", *w, w.reads);
    show_point(&w);
    bump(&mut w);
    let r: &Point = &w;
    println!("{} {}", r.x, first(&w));
    let nested = Wrapper::new(Wrapper::new(5i64));
    println!("{}", **nested + 1);
    let m = Meters(2.5);
    println!("{} {}", *m * 2.0, m.half());
    let mut counter = Wrapper::new(0u8);
    for _ in 0..3 {
        *counter += 1;
    }
    println!("{} {}", *counter, counter.reads);
    let p: &Point = &*w;
    println!("{}", p.norm1());
}
