//@ compile-flags: -C overflow-checks=off
// With overflow checks off, + - * wrap around at every width, signed and unsigned.
fn add_u8(a: u8, b: u8) -> u8 {
    a + b
}

fn sub_u32(a: u32, b: u32) -> u32 {
    a - b
}

fn mul_i16(a: i16, b: i16) -> i16 {
    a * b
}

fn add_i64(a: i64, b: i64) -> i64 {
    a + b
}

fn sub_i8(a: i8, b: i8) -> i8 {
    a - b
}

fn mul_u64(a: u64, b: u64) -> u64 {
    a * b
}

fn main() {
    println!("{}", add_u8(250, 10));
    println!("{}", sub_u32(0, 1));
    println!("{}", mul_i16(300, 300));
    println!("{}", add_i64(9223372036854775807, 1));
    println!("{}", sub_i8(-128, 1));
    println!("{}", mul_u64(4294967296, 4294967296));
    let mut acc: u8 = 0;
    for i in 0..100u8 {
        acc += i;
    }
    println!("{}", acc);
}
