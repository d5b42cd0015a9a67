// A bool initialiser where the annotation asks for an integer.
fn main() {
    let x: u8 = true; //~ ERROR E0308
    println!("{}", x);
}
