// Array elements must all have the same type.
fn main() {
    let a = [1, 2, true]; //~ ERROR E0308
    println!("{}", a.len());
}
