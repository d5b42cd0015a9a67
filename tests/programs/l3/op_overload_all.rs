// Sub, Mul, Div, Rem and Neg on user types; Neg is unary minus. Operators on a
// tuple struct and on an enum-free newtype, chained with precedence.
use std::ops::{Div, Mul, Neg, Rem, Sub};

#[derive(Debug, Clone, Copy, PartialEq)]
struct Num(i64);

impl Sub for Num {
    type Output = Num;
    fn sub(self, o: Num) -> Num {
        Num(self.0 - o.0)
    }
}

impl Mul for Num {
    type Output = Num;
    fn mul(self, o: Num) -> Num {
        Num(self.0 * o.0)
    }
}

impl Div for Num {
    type Output = Num;
    fn div(self, o: Num) -> Num {
        Num(self.0 / o.0)
    }
}

impl Rem for Num {
    type Output = Num;
    fn rem(self, o: Num) -> Num {
        Num(self.0 % o.0)
    }
}

impl Neg for Num {
    type Output = Num;
    fn neg(self) -> Num {
        Num(-self.0)
    }
}

#[derive(Debug, Clone, Copy)]
struct Frac {
    n: i32,
    d: i32,
}

impl Mul for Frac {
    type Output = Frac;
    fn mul(self, o: Frac) -> Frac {
        Frac { n: self.n * o.n, d: self.d * o.d }
    }
}

impl Div for Frac {
    type Output = Frac;
    fn div(self, o: Frac) -> Frac {
        Frac { n: self.n * o.d, d: self.d * o.n }
    }
}

impl Neg for Frac {
    type Output = Frac;
    fn neg(self) -> Frac {
        Frac { n: -self.n, d: self.d }
    }
}

// Mul with a scalar on the right produces a different type
impl Mul<i32> for Frac {
    type Output = f64;
    fn mul(self, k: i32) -> f64 {
        (self.n * k) as f64 / self.d as f64
    }
}

fn main() {
    let a = Num(17);
    let b = Num(5);
    println!("{:?} {:?} {:?} {:?} {:?}", a - b, a * b, a / b, a % b, -a);
    println!("{:?}", -a % b);
    println!("{:?}", a - b * Num(2) - -b);
    println!("{:?}", (a - b) * Num(2));
    println!("{}", -(-a) == a);
    let h = Frac { n: 1, d: 2 };
    let t = Frac { n: 2, d: 3 };
    println!("{:?} {:?} {:?}", h * t, h / t, -h);
    println!("{:.3}", t * 5);
    println!("{:.3}", (-h / t) * 3);
}
