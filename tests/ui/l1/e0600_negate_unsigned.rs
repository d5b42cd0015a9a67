// Unary minus on an unsigned integer.
fn main() {
    let a: u32 = 5;
    let b = -a; //~ ERROR E0600
    println!("{}", b);
}
