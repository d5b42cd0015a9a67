// The same generic function called with different implementors: each call site picks
// the implementation statically, including trait methods that return Self and take Self.
trait Monoid {
    fn empty() -> Self;
    fn combine(self, other: Self) -> Self;
}

impl Monoid for i32 {
    fn empty() -> Self {
        0
    }
    fn combine(self, other: Self) -> Self {
        self + other
    }
}

impl Monoid for bool {
    fn empty() -> Self {
        true
    }
    fn combine(self, other: Self) -> Self {
        self && other
    }
}

#[derive(Debug, Clone, Copy)]
struct MaxU8(u8);

impl Monoid for MaxU8 {
    fn empty() -> Self {
        MaxU8(0)
    }
    fn combine(self, other: Self) -> Self {
        if other.0 > self.0 { other } else { self }
    }
}

impl<A: Monoid, B: Monoid> Monoid for (A, B) {
    fn empty() -> Self {
        (A::empty(), B::empty())
    }
    fn combine(self, other: Self) -> Self {
        (self.0.combine(other.0), self.1.combine(other.1))
    }
}

fn fold_all<T: Monoid + Copy>(xs: [T; 4]) -> T {
    let mut acc = T::empty();
    for i in 0..4 {
        acc = acc.combine(xs[i]);
    }
    acc
}

fn main() {
    println!("{}", fold_all([1, 2, 3, 4]));
    println!("{}", fold_all([true, true, false, true]));
    println!("{:?}", fold_all([MaxU8(3), MaxU8(200), MaxU8(7), MaxU8(199)]));
    println!("{:?}", fold_all([(1, true), (10, true), (100, true), (1000, true)]));
    println!("{:?}", fold_all([(MaxU8(1), (2, false)), (MaxU8(9), (3, true)), (MaxU8(4), (4, true)), (MaxU8(0), (5, true))]));
    let e: (i32, bool) = Monoid::empty();
    println!("{:?}", e);
}
