// An integer literal where an f64 is expected is fine, but an i32 variable is not.
fn main() {
    let a: f64 = 1.5;
    let n: i32 = 2;
    let b: f64 = n; //~ ERROR E0308
    println!("{} {}", a, b);
}
