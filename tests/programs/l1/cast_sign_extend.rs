// `as` widening: signed sources sign-extend, unsigned sources zero-extend; negative to unsigned.
fn main() {
    let a: i8 = -1;
    println!("{} {} {} {}", a as i16, a as i32, a as i64, a as isize);
    println!("{} {} {} {} {}", a as u8, a as u16, a as u32, a as u64, a as usize);
    let b: u8 = 255;
    println!("{} {} {}", b as i16, b as i32, b as u64);
    let c: i32 = -123456;
    println!("{} {}", c as i64, c as u64);
    let d: i16 = -32768;
    println!("{} {}", d as u16, d as u32);
    let e: u32 = 4294967295;
    println!("{} {}", e as i64, e as i32);
    let f: isize = -5;
    println!("{} {}", f as i64, f as u8);
}
