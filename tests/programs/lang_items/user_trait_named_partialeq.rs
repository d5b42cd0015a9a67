// A user trait named PartialEq next to std's `==` (derived, and through a `std::cmp::PartialEq` bound).
trait PartialEq {
    fn same_parity(&self, other: &Self) -> bool;
}

#[derive(PartialEq, Debug)]
struct P {
    x: i32,
}

impl PartialEq for P {
    fn same_parity(&self, other: &Self) -> bool {
        self.x % 2 == other.x % 2
    }
}

impl PartialEq for i32 {
    fn same_parity(&self, other: &Self) -> bool {
        self % 2 == other % 2
    }
}

fn check<T: PartialEq>(a: &T, b: &T) -> bool {
    a.same_parity(b)
}

fn std_eq<T: std::cmp::PartialEq>(a: T, b: T) -> bool {
    a == b
}

fn main() {
    let a = P { x: 1 };
    let b = P { x: 3 };
    println!("{} {}", a == b, a.same_parity(&b));
    println!("{} {}", check(&4, &6), check(&a, &P { x: 2 }));
    println!("{} {}", std_eq(1, 1), std_eq(a, P { x: 1 }));
}
