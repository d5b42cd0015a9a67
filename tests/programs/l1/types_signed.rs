// Every signed integer type at its limits and in ordinary arithmetic.
fn main() {
    let a: i8 = -128;
    let b: i8 = 127;
    let c: i16 = -32768;
    let d: i16 = 32767;
    let e: i32 = -2147483648;
    let f: i32 = 2147483647;
    let g: i64 = -9223372036854775808;
    let h: i64 = 9223372036854775807;
    let i: isize = -9223372036854775808;
    let j: isize = 9223372036854775807;
    println!("i8 {} {}", a, b);
    println!("i16 {} {}", c, d);
    println!("i32 {} {}", e, f);
    println!("i64 {} {}", g, h);
    println!("isize {} {}", i, j);
    let x: i8 = -7;
    let y: i16 = 300;
    let z: isize = -12;
    println!("{} {} {}", x * 3, y / 7, z % 5);
    let lit = 1_000_000i64;
    println!("{}", lit * lit);
}
