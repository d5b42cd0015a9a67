//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
#![allow(unused_parens)]
// A panic of a parenthesized expression points at its outermost `(`, as rustc's spans include
// the parentheses (ToyRust pointed one column further, at the left operand).
fn id(x: i32) -> i32 {
    x
}

fn main() {
    let a = [1, 2, 3];
    let big = id(2147483600);
    println!("{}", id((a[1] + 1) * 2));
    println!("{}", id(((big + a[2]))));
    println!("{}", id(((big + 100) / 3)));
}
