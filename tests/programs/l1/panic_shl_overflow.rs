//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// Shifting left by the bit width or more panics when overflow checks are on.
fn shl(a: i32, b: u32) -> i32 {
    a << b
}

fn main() {
    println!("{}", shl(1, 31));
    println!("{}", shl(1, 32));
    println!("not reached");
}
