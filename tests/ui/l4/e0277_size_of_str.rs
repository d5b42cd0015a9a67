// A type argument is implicitly `Sized`: `str` has no size of its own.
fn main() {
    println!("{}", std::mem::size_of::<&str>());
    println!("{}", std::mem::size_of::<str>()); //~ ERROR E0277
}
