// f64 arithmetic and comparisons, printed with a precision `{:.N}`, width and precision together.
fn area(r: f64) -> f64 {
    3.141592653589793 * r * r
}

fn main() {
    let a = 7.5;
    let b: f64 = 2.0;
    println!("{:.2} {:.2} {:.2} {:.2} {:.2}", a + b, a - b, a * b, a / b, a % b);
    println!("{:.2}", -a);
    println!("{:.0} {:.1} {:.3} {:.5}", area(1.0), area(1.0), area(1.0), area(1.0));
    println!("{:.2}", 1.0 / 3.0);
    println!("{:.2}", 2.0 / 3.0);
    println!("[{:8.2}] [{:<8.2}] [{:08.2}] [{:^9.1}]", 3.14159, 3.14159, -3.14159, 2.5);
    let mut x = 1.0;
    for _ in 0..10 {
        x *= 1.5;
    }
    println!("{:.4}", x);
    let mut s = 0.0;
    s += 0.5;
    s -= 0.25;
    s *= 8.0;
    s /= 4.0;
    println!("{:.2}", s);
    println!("{} {} {}", a > b, a == 7.5, b <= 2.0);
    println!("{:.3}", 1e10 + 0.5);
    println!("{:.2}", 0.0 - 0.0);
}
