// A call to a function that is not defined.
fn main() {
    let r = compute(3); //~ ERROR E0425
    println!("{}", r);
}
