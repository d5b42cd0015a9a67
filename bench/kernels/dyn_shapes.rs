// Issue 10: calls through `Vec<Box<dyn Shape>>`: a million shapes of three types, twenty rounds
// of summing `area() + perimeter()` and scaling every shape. Every call is indirect (a vtable
// load and an indirect call); LLVM can inline none of them.
// The loops use `while` and indexing; once `for s in &v` / `&mut v` exist they should read that way.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn scale(&mut self, k: f64);
}

struct Circle {
    r: f64,
}

struct Square {
    side: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        6.0 * self.r
    }
    fn scale(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn perimeter(&self) -> f64 {
        4.0 * self.side
    }
    fn scale(&mut self, k: f64) {
        self.side *= k;
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn scale(&mut self, k: f64) {
        self.w *= k;
        self.h *= k;
    }
}

fn make(n: usize) -> Vec<Box<dyn Shape>> {
    let mut v: Vec<Box<dyn Shape>> = Vec::new();
    let mut i = 0;
    while i < n {
        let x = (i % 10) as f64 + 1.0;
        if i % 3 == 0 {
            v.push(Box::new(Circle { r: x }));
        } else if i % 3 == 1 {
            v.push(Box::new(Square { side: x }));
        } else {
            v.push(Box::new(Rect { w: x, h: x + 1.0 }));
        }
        i += 1;
    }
    v
}

fn total(items: &Vec<Box<dyn Shape>>) -> f64 {
    let mut sum = 0.0;
    let mut i = 0;
    while i < items.len() {
        sum += items[i].area() + items[i].perimeter();
        i += 1;
    }
    sum
}

fn grow(items: &mut Vec<Box<dyn Shape>>, k: f64) {
    let mut i = 0;
    while i < items.len() {
        items[i].scale(k);
        i += 1;
    }
}

fn main() {
    let mut items = make(1_000_000);
    let mut sum = 0.0;
    let mut round = 0;
    while round < 20 {
        sum += total(&items);
        grow(&mut items, if round % 2 == 0 { 0.5 } else { 2.0 });
        round += 1;
    }
    println!("dyn_shapes {} shapes, sum {:.3}", items.len(), sum);
}
