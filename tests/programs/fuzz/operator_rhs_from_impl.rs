// Found by the differential runner: the right operand of a user operator was checked against the
// left operand's type, so `v * (match … { _ => 0 })` with `impl Mul<i64> for V` was a false E0308.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy, PartialEq)]
struct V {
    x: i64,
    y: i64,
}

impl Mul<i64> for V {
    type Output = V;

    fn mul(self, k: i64) -> V {
        V { x: self.x * k, y: self.y * k }
    }
}

impl Add for V {
    type Output = V;

    fn add(self, o: V) -> V {
        V { x: self.x + o.x, y: self.y + o.y }
    }
}

fn pick(n: i64) -> i64 {
    n
}

fn main() {
    let v = V { x: 2, y: 3 };
    let a = v * (match pick(4) { 0 => 1, n if n > 2 => n, _ => 7 });
    let b = v * (if pick(1) > 0 { 5 } else { 6 });
    let c = v * 3;
    let d = v + V { x: 1, y: 1 } * { 2 };
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
}
