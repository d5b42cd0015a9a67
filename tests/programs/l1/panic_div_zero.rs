//@ exit-code: 101
// Division by zero panics at every opt-level, with or without overflow checks.
fn div(a: u64, b: u64) -> u64 {
    a / b
}

fn main() {
    println!("{}", div(10, 3));
    println!("{}", div(10, 0));
    println!("not reached");
}
