//@ compile-flags: -C overflow-checks=off
// With overflow checks off, i32 arithmetic wraps even at opt-level 0.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(2147483647, 1));
    println!("{}", add(-2147483648, -1));
}
