// A reference cannot be cast to an integer with `as` (dereference it first).
fn main() {
    let x: u8 = 5;
    let r = &x;
    let n = r as u32; //~ ERROR E0606
    println!("{}", n);
}
