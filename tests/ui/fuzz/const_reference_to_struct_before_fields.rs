// Found by the crash fuzzer (corpus crash-const-reference-to-struct-before-fields.rs): a const of
// type `&Pair<i32>` was checked with the consts of primitive type, before Pair's fields were
// declared, and its struct literal crashed the checker. A reference counts as primitive only when
// what it refers to is (`&str`, `&&u8`).
struct Pair<T> {
    a: T,
    b: T,
}

const ORIGIN: &Pair<i32> = Pair { a: 0, b: 0 }; //~ ERROR E0308

fn main() {
    println!("{}", ORIGIN.a + ORIGIN.b);
}
