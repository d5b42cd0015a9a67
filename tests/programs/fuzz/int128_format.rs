// i128 and u128 values are formatted with all 128 bits (they were cut to their low 64 bits:
// `u128::MAX` printed 18446744073709551615 and `i128::MIN` printed 0).
const BIG: u128 = 1 << 100;
const NEG: i128 = -(1 << 90) - 7;

fn main() {
    let a = u128::MAX;
    println!("{}", a);
    let e = -170141183460469231731687303715884105728i128;
    println!("{}", e);
    println!("{} {}", i128::MIN, i128::MAX);
    println!("{} {} {:?}", BIG, NEG, (BIG, NEG));
    let b: u128 = 0xffff_ffff_ffff_ffff_ffff;
    println!("{} {:x} {:X} {:b} {:o} {:?}", b, b, b, b, b, b);
    println!("{:x} {:#b}", NEG, i128::MIN);
    println!("{:#x} {:>45}| {:<5}| {:^44}|", a, a, 1u128, NEG);
    println!("{:08x} {:+} {:+} {:040}", 255u128, 5i128, -5i128, i128::MIN);
    println!("{:#?}", [BIG, 5]);
    let c = b + b / 3;
    println!("{} {} {} {}", c, c % 1000003, c >> 70, (NEG as u128) >> 3);
    println!("{} {}", NEG / -7, NEG % 1000000000000000000007);
    println!("{} {}", (-1i64) as i128, (-1i64) as u128);
    println!("{} {}", 1e30f64 as u128, -1e40f64 as i128);
    println!("{} {}", (BIG + 12345) as u8, (BIG + 12345) as i32);
    println!("{} {}", -NEG, !BIG);
    println!("{} {} {}", 0u128, -1i128, 3u8);
}
