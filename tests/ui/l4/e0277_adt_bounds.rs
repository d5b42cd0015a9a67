// The bounds of a struct's or enum's parameters hold wherever it is built or named with its
// arguments: a struct literal, a variant with a turbofish (E0277, rustc's well-formedness of the
// path). ToyRust accepted both and built the values.
use std::fmt::Display;

struct P<T: Copy> {
    v: T,
}

enum Shown<T: Display> {
    Value(T),
    Nothing,
}

fn main() {
    let p = P { v: String::new() }; //~ ERROR the trait bound `String: Copy` is not satisfied
    let n = Shown::<Vec<i32>>::Nothing; //~ ERROR `Vec<i32>` doesn't implement `std::fmt::Display`
    let fine = Shown::Value(5);
    let copied = P { v: 'c' };
}
