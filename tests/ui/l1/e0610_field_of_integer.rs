// A field access on a primitive integer.
fn main() {
    let n: i32 = 5;
    println!("{}", n.value); //~ ERROR E0610
}
