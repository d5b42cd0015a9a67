// Operators through traits, generic calls, comparisons of tuples and structs, methods.
use std::ops::{Add, AddAssign, Neg};

#[derive(Clone, Copy, PartialEq, Debug)]
struct V(i32, i32);

impl Add for V {
    type Output = V;
    fn add(self, o: V) -> V {
        V(self.0 + o.0, self.1 + o.1)
    }
}

impl AddAssign for V {
    fn add_assign(&mut self, o: V) {
        self.0 += o.0;
    }
}

impl Neg for V {
    type Output = V;
    fn neg(self) -> V {
        V(-self.0, -self.1)
    }
}

impl V {
    fn len2(&self) -> i32 {
        self.0 * self.0 + self.1 * self.1
    }
}

fn max<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let mut v = V(1, 2) + V(3, 4);
    v += -V(1, 1);
    let same = v == V(3, 5);
    let pairs = (1, 'a') < (1, 'b');
    println!("{:?} {} {} {} {}", v, same, pairs, max(v.len2(), 7), max::<f64>(1.5, 0.5));
}
