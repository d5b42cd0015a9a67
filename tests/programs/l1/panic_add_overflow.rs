//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// i32 addition overflow panics when overflow checks are on, at every opt-level.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    println!("{}", add(2147483600, 47));
    println!("{}", add(2147483600, 48));
    println!("not reached");
}
