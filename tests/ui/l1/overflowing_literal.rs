// A literal that does not fit its type is a deny-by-default lint with no error code.
fn main() {
    let x: u8 = 256; //~ ERROR literal out of range
    println!("{}", x);
}
