//@ compile-flags: -C overflow-checks=off
//@ exit-code: 101
// MIN / -1 overflows; the check is part of division, so it panics even with overflow checks off.
fn div(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", div(-2147483647, -1));
    println!("{}", div(-2147483647 - 1, -1));
    println!("not reached");
}
