// Alternate forms `{:#x}` `{:#X}` `{:#b}` `{:#o}`, zero padding with and without them, widths.
fn main() {
    println!("{:#x} {:#X}", 255, 255);
    println!("{:#b} {:#o}", 5, 8);
    println!("{:08b}", 5u8);
    println!("{:08b}", 300u32);
    println!("{:#010x}", 255);
    println!("{:#010b}", 5);
    println!("{:#x}", -1i8);
    println!("{:#b}", 0);
    println!("[{:>8x}] [{:<8X}] [{:^#8x}]", 171, 171, 171);
    println!("{:04x}", 10u16);
    println!("{:016b}", -2i16);
}
