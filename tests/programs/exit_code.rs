//@ exit-code: 101
// A division by zero panics with rustc's message (file:line:col on stderr) and exit code 101;
// what was printed before stays printed.
fn divide(a: i32, b: i32) -> i32 {
    a / b
}

fn main() {
    println!("{}", divide(7, 2));
    println!("{}", divide(-7, 2));
    println!("{}", divide(1, 0));
    println!("not reached");
}
