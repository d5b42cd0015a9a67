// A type nothing determines is E0282, as in rustc, not a silent error type (which code generation
// cannot lower): a `let` of `None::<>`, and `None` printed with `{:?}`. Found by the crash fuzzer
// (corpus crash-empty-turbofish-variant.rs).
fn annotated_let() {
    let none = None::<>; //~ ERROR E0282
    println!("{:?}", none);
}

fn printed_variant() {
    println!("{:?}", None); //~ ERROR E0282
}

fn main() {
    annotated_let();
    printed_variant();
}
