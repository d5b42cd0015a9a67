// `{}` of a type without Display (E0277), also through `write!` in an impl, for a type whose
// deref target has none either (`Vec<i32>` is named, not `[i32]`), and a `T: Display` bound.
use std::fmt;

struct Plain;

struct Holder(Vec<i32>);

impl fmt::Display for Holder {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.0) //~ ERROR `Vec<i32>` doesn't implement `std::fmt::Display`
    }
}

fn show<T: fmt::Display>(x: T) -> String {
    format!("{}", x)
}

fn main() {
    let p = Plain;
    println!("{}", p); //~ ERROR E0277
    let s = show(Plain); //~ ERROR E0277
    println!("{}", Holder(vec![1]));
}
