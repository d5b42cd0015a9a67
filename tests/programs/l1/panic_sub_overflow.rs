//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// Unsigned subtraction below zero panics when overflow checks are on.
fn sub(a: u32, b: u32) -> u32 {
    a - b
}

fn main() {
    println!("{}", sub(5, 5));
    println!("{}", sub(5, 6));
    println!("not reached");
}
