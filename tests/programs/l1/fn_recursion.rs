// Direct and mutual recursion.
fn factorial(n: u64) -> u64 {
    if n == 0 { 1 } else { n * factorial(n - 1) }
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 {
        return a;
    }
    gcd(b, a % b)
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn main() {
    println!("{}", factorial(0));
    println!("{}", factorial(10));
    println!("{}", factorial(20));
    println!("{}", gcd(1071, 462));
    println!("{} {}", is_even(10), is_odd(10));
    println!("{} {}", is_even(7), is_odd(7));
    println!("{}", ackermann(2, 3));
}
