// The value of a compound assignment through an operator trait takes its type from the impl
// (`impl MulAssign<i64> for V`), not from the left operand: ToyRust checked `(match … { _ => 3 })`
// against `V` and then reported "the trait bound `V: MulAssign<V>` is not satisfied". Found by
// the differential runner (seeds 1002327 and 1002350, once the generator wrote `*=` on `V`).
use std::ops::{AddAssign, DivAssign, MulAssign, RemAssign};

#[derive(Debug, Clone, Copy)]
struct V {
    x: i64,
    y: i64,
}

impl MulAssign<i64> for V {
    fn mul_assign(&mut self, k: i64) {
        self.x *= k;
        self.y *= k;
    }
}

impl DivAssign<i64> for V {
    fn div_assign(&mut self, k: i64) {
        self.x /= k;
        self.y /= k;
    }
}

impl RemAssign<i64> for V {
    fn rem_assign(&mut self, k: i64) {
        self.x %= k;
        self.y %= k;
    }
}

impl AddAssign for V {
    fn add_assign(&mut self, o: V) {
        self.x += o.x;
        self.y += o.y;
    }
}

fn main() {
    let p: i32 = 4;
    let mut v = V { x: 7, y: -9 };
    v *= (match &(Ok::<i32, bool>(p)) {
        Ok(_) => 3,
        _ => 0,
    });
    println!("{:?}", v);
    v /= if p > 2 { 2 } else { 1 };
    println!("{:?}", v);
    v %= { 4 };
    println!("{:?}", v);
    v += V { x: 1, y: 1 };
    println!("{:?}", v);
}
