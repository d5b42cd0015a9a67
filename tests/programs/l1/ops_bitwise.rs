// `& | ^ !` on integers of several widths and on bool (non-short-circuit).
fn main() {
    let a: u8 = 0b1100_1010;
    let b: u8 = 0b1010_0110;
    println!("{} {} {} {}", a & b, a | b, a ^ b, !a);
    let c: i32 = -6;
    let d: i32 = 11;
    println!("{} {} {} {}", c & d, c | d, c ^ d, !c);
    let e: u64 = 0xFFFF_0000_FFFF_0000;
    println!("{} {}", e & 0xFF00FF00, !e);
    let f: i16 = 0;
    println!("{}", !f);
    let t = true;
    let n = false;
    println!("{} {} {} {}", t & n, t | n, t ^ n, t ^ t);
    println!("{}", !n & t);
}
