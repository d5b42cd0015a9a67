// `+` is not defined for bool.
fn main() {
    let a = true;
    let b = false;
    println!("{}", a + b); //~ ERROR E0369
}
