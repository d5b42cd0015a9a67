//@ exit-code: 101
// `unwrap` of a failed parse panics with std's message, at the caller's line.
fn main() {
    let good: i32 = "12".parse().unwrap();
    println!("{}", good);
    let bad: i32 = "12 ".parse().unwrap();
    println!("{}", bad);
}
