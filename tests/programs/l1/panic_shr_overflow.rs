//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// Shifting right by the bit width or more panics when overflow checks are on.
fn shr(a: u8, b: i32) -> u8 {
    a >> b
}

fn main() {
    println!("{}", shr(128, 7));
    println!("{}", shr(128, 8));
    println!("not reached");
}
