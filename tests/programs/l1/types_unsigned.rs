// Every unsigned integer type at its limits and in ordinary arithmetic.
fn main() {
    let a: u8 = 255;
    let b: u16 = 65535;
    let c: u32 = 4294967295;
    let d: u64 = 18446744073709551615;
    let e: usize = 18446744073709551615;
    println!("u8 {} {}", 0u8, a);
    println!("u16 {} {}", 0u16, b);
    println!("u32 {} {}", 0u32, c);
    println!("u64 {} {}", 0u64, d);
    println!("usize {} {}", 0usize, e);
    let x = 200u8;
    let y: u32 = 0xFFFF_0000;
    let z: u64 = 0b1010;
    let w: u16 = 0o777;
    println!("{} {} {} {}", x / 3, y, z, w);
    println!("{}", d / 2 + 1);
    println!("{}", 10u32 - 3);
}
