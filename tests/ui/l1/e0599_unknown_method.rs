// A method that i32 does not have.
fn main() {
    let n: i32 = 5;
    println!("{}", n.frobnicate()); //~ ERROR E0599
}
