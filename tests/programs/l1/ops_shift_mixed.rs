// Shifts: left/right on signed (arithmetic) and unsigned (logical) values, with a right operand
// of a different integer type.
fn main() {
    println!("{}", 1u64 << 3u8);
    println!("{}", 1u64 << 63i32);
    println!("{}", 1i32 << 31u64);
    println!("{}", -16i32 >> 2u8);
    println!("{}", -1i64 >> 60usize);
    println!("{}", 0x80u8 >> 7i16);
    println!("{}", 0xF0u8 << 2u32);
    println!("{}", -128i8 >> 7);
    println!("{}", 3000000000u32 >> 1);
    let amount: u8 = 4;
    let value: i16 = 0x0F0F;
    println!("{} {}", value << amount, value >> amount);
    let big: usize = 1;
    println!("{}", big << 40u16);
    let k: isize = -1;
    println!("{}", k << 10);
}
