// Issue 8, bug 1 (an internal compiler error before): `<=` on a tuple of a type with a
// hand-written PartialOrd compares element by element through `partial_cmp`, as core does.
// The collector had listed its `le`, the code generator asked for `lt`.
use std::cmp::Ordering;

#[derive(PartialEq, Clone, Copy)]
struct S(i32);

impl PartialOrd for S {
    fn partial_cmp(&self, o: &S) -> Option<Ordering> {
        self.0.partial_cmp(&o.0)
    }
}

fn main() {
    println!("{}", (S(1), S(2)) <= (S(1), S(3)));
    println!("{}", (S(1), S(2)) > (S(1), S(3)));
    println!("{}", [S(4), S(0)] >= [S(4), S(0)]);
    println!("{}", ((S(1), 2), S(5)) < ((S(1), 2), S(4)));
}
