// The same computation as shapes_dyn.rs, with static dispatch: one vector per shape type and a
// generic function monomorphized for each (`total::<Circle>`, `total::<Square>`, `total::<Rect>`).
// docs/dispatch.md compares the two builds' sizes and speed.
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

fn total<T: Shape>(items: &Vec<T>) -> f64 {
    let mut sum = 0.0;
    let mut i = 0;
    while i < items.len() {
        sum += items[i].area() + items[i].perimeter();
        i += 1;
    }
    sum
}

fn grow<T: Shape>(items: &mut Vec<T>, k: f64) {
    let mut i = 0;
    while i < items.len() {
        items[i].scale(k);
        i += 1;
    }
}

fn main() {
    let n = 300000;
    let mut circles = Vec::new();
    let mut squares = Vec::new();
    let mut rects = Vec::new();
    let mut i = 0;
    while i < n {
        let x = (i % 7) as f64 + 1.0;
        match i % 3 {
            0 => circles.push(Circle { r: x }),
            1 => squares.push(Square { side: x }),
            _ => rects.push(Rect { w: x, h: 2.0 }),
        }
        i += 1;
    }
    let mut sum = 0.0;
    let mut round = 0;
    while round < 10 {
        sum += total(&circles) + total(&squares) + total(&rects);
        grow(&mut circles, 0.5);
        grow(&mut squares, 0.5);
        grow(&mut rects, 0.5);
        round += 1;
    }
    println!("{} shapes, sum {:.3}", circles.len() + squares.len() + rects.len(), sum);
}
