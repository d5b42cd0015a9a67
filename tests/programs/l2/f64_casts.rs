// Casts between f64 and integers: truncation toward zero, saturation at the type's limits, NaN to 0.
fn to_i32(f: f64) -> i32 {
    f as i32
}

fn to_u8(f: f64) -> u8 {
    f as u8
}

fn main() {
    println!("{} {} {}", to_i32(2.9), to_i32(-2.9), to_i32(0.5));
    println!("{} {}", to_i32(1e20), to_i32(-1e20));
    println!("{} {} {}", to_u8(300.0), to_u8(-5.0), to_u8(255.9));
    let zero = 0.0;
    let nan = zero / zero;
    println!("{} {}", to_i32(nan), to_u8(nan));
    println!("{}", to_i32(1.0 / zero));
    let n: i64 = -7;
    let f = n as f64 / 2.0;
    println!("{:.2}", f);
    let u: u64 = 18446744073709551615;
    println!("{:.1}", u as f64);
    println!("{}", (7u8 as f64 * 1.5) as i16);
    println!("{}", 1e10 as u64);
}
