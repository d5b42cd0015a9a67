// The same computation as shapes_static.rs, with dynamic dispatch: one `Vec<Box<dyn Shape>>` and
// one non-generic function whose calls go through the vtables (one per shape type, each holding
// every method of `Shape` for that type). docs/dispatch.md compares the two builds' sizes and speed.
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
    let n = 300000;
    let mut shapes: Vec<Box<dyn Shape>> = Vec::new();
    let mut i = 0;
    while i < n {
        let x = (i % 7) as f64 + 1.0;
        match i % 3 {
            0 => shapes.push(Box::new(Circle { r: x })),
            1 => shapes.push(Box::new(Square { side: x })),
            _ => shapes.push(Box::new(Rect { w: x, h: 2.0 })),
        }
        i += 1;
    }
    let mut sum = 0.0;
    let mut round = 0;
    while round < 10 {
        sum += total(&shapes);
        grow(&mut shapes, 0.5);
        round += 1;
    }
    println!("{} shapes, sum {:.3}", shapes.len(), sum);
}
