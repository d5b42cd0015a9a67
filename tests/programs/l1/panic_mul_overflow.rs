//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// u8 multiplication overflow panics when overflow checks are on.
fn mul(a: u8, b: u8) -> u8 {
    a * b
}

fn main() {
    println!("{}", mul(15, 17));
    println!("{}", mul(16, 16));
    println!("not reached");
}
