//@ compile-flags: -C overflow-checks=off
// With overflow checks off, negating MIN gives MIN and shift amounts are taken modulo the width.
fn neg(a: i32) -> i32 {
    -a
}

fn shl(a: u32, b: u32) -> u32 {
    a << b
}

fn shr(a: i8, b: u8) -> i8 {
    a >> b
}

fn shl64(a: i64, b: i64) -> i64 {
    a << b
}

fn main() {
    println!("{}", neg(-2147483647 - 1));
    println!("{}", shl(1, 33));
    println!("{}", shl(3, 32));
    println!("{}", shr(-64, 9));
    println!("{}", shl64(1, 65));
    println!("{}", shl64(1, -1));
}
