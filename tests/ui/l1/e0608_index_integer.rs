// Indexing into something that is not an array.
fn main() {
    let n = 5;
    println!("{}", n[0]); //~ ERROR E0608
}
