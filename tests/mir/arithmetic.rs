// Operators on primitives and their checks (overflow, division, shifts, negation).
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn divide(a: i64, b: i64) -> i64 {
    a / b
}

fn remainder(a: u8, b: u8) -> u8 {
    a % b
}

fn shift(x: u32, n: i8) -> u32 {
    x << n
}

fn negate(x: i16) -> i16 {
    -x
}

fn mixed(x: f64, flag: bool, c: char) -> bool {
    let y = x * 2.0 - 1.0;
    let mut n = c as u32;
    n += 1;
    n <<= 2;
    !flag ^ (y < 0.5) & (n != 0)
}

fn main() {
    println!("{} {} {}", add(1, 2), divide(7, 2), remainder(7, 3));
    println!("{} {} {}", shift(1, 3), negate(5), mixed(1.5, false, 'a'));
}
