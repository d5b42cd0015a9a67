// A value of the wrong type where the annotation asks for i32.
fn main() {
    let x: i32 = true; //~ ERROR E0308
    println!("{}", x);
}
