// `write!` into a `String` needs `std::fmt::Write` in scope, as in Rust: without the import it is
// rustc's E0599 at the destination.
fn main() {
    let mut s = String::new();
    let _ = write!(s, "{}", 1); //~ ERROR cannot write into `String`
    println!("{}", s);
}
