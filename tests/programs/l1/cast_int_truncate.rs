// `as` between integer types: truncation to a narrower type, unsigned to signed reinterpretation.
fn main() {
    let big: i64 = 0x1234_5678_9ABC_DEF0;
    println!("{}", big as i32);
    println!("{}", big as u32);
    println!("{}", big as i16);
    println!("{}", big as u16);
    println!("{}", big as i8);
    println!("{}", big as u8);
    let x: u32 = 300;
    println!("{} {}", x as u8, x as i8);
    let y: u16 = 65535;
    println!("{} {}", y as i16, y as u8);
    let z: u64 = 18446744073709551615;
    println!("{} {} {}", z as i64, z as usize, z as isize);
    let w: i32 = 200;
    println!("{}", w as i8);
}
