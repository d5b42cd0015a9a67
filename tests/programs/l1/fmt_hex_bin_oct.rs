// `{:x}` `{:X}` `{:b}` `{:o}` on unsigned and non-negative signed integers of each width.
fn main() {
    println!("{:x} {:X}", 255u8, 255u8);
    println!("{:x} {:X}", 48879u16, 48879u16);
    println!("{:x} {:X}", 3735928559u32, 3735928559u32);
    println!("{:x}", 18446744073709551615u64);
    println!("{:X}", 1311768467463790320usize);
    println!("{:b} {:b} {:b}", 0u8, 5u8, 255u8);
    println!("{:b}", 1024u32);
    println!("{:o} {:o} {:o}", 8, 64u16, 511i32);
    println!("{:x} {:b} {:o}", 0, 0, 0);
    println!("{:x} {:b}", 100i32, 100i64);
    println!("{:x}", 127i8);
}
