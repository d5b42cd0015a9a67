// + - * / % on signed integers, including negative operands (division truncates toward zero,
// the remainder takes the sign of the dividend).
fn show(a: i32, b: i32) {
    println!("{} {} -> {} {} {} {} {}", a, b, a + b, a - b, a * b, a / b, a % b);
}

fn main() {
    show(17, 5);
    show(-17, 5);
    show(17, -5);
    show(-17, -5);
    show(0, 3);
    let a: i8 = -100;
    let b: i16 = -1000;
    let c: i64 = -5000000000;
    println!("{} {} {}", a / 7, b % 7, c * 2);
    println!("{}", -(-5));
    let n = 4;
    println!("{}", -n);
}
