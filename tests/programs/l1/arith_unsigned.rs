// Arithmetic on unsigned integers of every width.
fn main() {
    let a: u8 = 200;
    let b: u8 = 55;
    println!("{} {} {} {}", a + b, a - b, a / b, a % b);
    let c: u16 = 60000;
    println!("{} {}", c / 7, c % 7);
    let d: u32 = 4000000000;
    println!("{} {}", d + 294967295, d / 3);
    let e: u64 = 10000000000000000000;
    println!("{} {}", e + 8446744073709551615, e % 1000000007);
    let f: usize = 123456789;
    println!("{} {}", f * 1000, f - 89);
    println!("{}", 7u32 * 6 - 2);
}
