// Comparison methods called by name (found while holding the shims to rustc): `a.partial_cmp(&b)`
// and `a.lt(b)` on a `T: PartialOrd` were a false E0277 "`T: PartialEq<T>` is not satisfied" (the
// supertrait `PartialEq<Rhs>` kept the trait's own `Rhs`), and the methods of tuples and arrays of
// literals (`(1.5, 2).partial_cmp(…)`) a false E0599.
use std::cmp::Ordering;

fn order<T: PartialOrd>(a: T, b: T) -> Option<Ordering> {
    a.partial_cmp(&b)
}

fn less<T: PartialOrd>(a: &T, b: &T) -> bool {
    a.lt(b)
}

fn main() {
    println!("{:?} {} {}", order(1, 2), less(&3, &2), less(&(1, 'a'), &(1, 'b')));
    let t = (1.5, 2);
    println!("{:?}", t.partial_cmp(&(1.5, 3)));
    println!("{:?} {}", [1, 2].partial_cmp(&[1, 3]), (1, 2).eq(&(1, 2)));
    println!("{:?} {}", (3, 'a').clone(), (1, 2).lt(&(1, 3)));
    println!("{:?}", order([2.5, 0.0 / 0.0], [2.5, 1.0]));
}
