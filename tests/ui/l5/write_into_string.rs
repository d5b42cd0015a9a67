// `write!` into a `String` (std's `fmt::Write`, which must be imported) is not supported yet, and
// says so, at the import and at the macro.
use std::fmt::Write; //~ ERROR ToyRust does not support `use` of anything but the standard library's prelude items yet

fn main() {
    let mut s = String::new();
    let _ = write!(s, "{}", 1); //~ ERROR ToyRust does not support `write!` into a `String` yet
    println!("{}", s);
}
