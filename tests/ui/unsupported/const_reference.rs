// A reference in a constant is valid Rust that ToyRust's constant evaluator cannot compute yet:
// it says so, rather than calling it rustc's E0080 (a constant whose evaluation fails in Rust too).
struct Pair<T> {
    a: T,
    b: T,
}

const ORIGIN: &Pair<i32> = &Pair { a: 3, b: 4 }; //~ ERROR ToyRust does not support references in constants yet

fn main() {
    println!("{}", ORIGIN.a + ORIGIN.b);
}
