// `*` on a value that is not a reference.
fn main() {
    let x: i32 = 5;
    let y = *x; //~ ERROR E0614
    println!("{}", y);
}
