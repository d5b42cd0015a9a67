// Negative numbers in hex, binary and octal print their two's complement at the type's width.
fn main() {
    println!("{:x}", -1i8);
    println!("{:x}", -1i16);
    println!("{:x}", -1i32);
    println!("{:x}", -1i64);
    println!("{:X}", -2isize);
    println!("{:b}", -1i8);
    println!("{:b}", -128i8);
    println!("{:o}", -1i16);
    println!("{:x}", -256i32);
    println!("{:X}", -9223372036854775808i64);
    let n: i32 = -42;
    println!("{:x} {:b}", n, n);
}
