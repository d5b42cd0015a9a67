// `write!` into a value that is no writer (E0599).
fn main() {
    let mut x: i32 = 5;
    let _ = write!(x, "a"); //~ ERROR cannot write into `i32`
}
