// The left side of `=` must be a place.
fn main() {
    1 = 2; //~ ERROR E0070
    println!("done");
}
