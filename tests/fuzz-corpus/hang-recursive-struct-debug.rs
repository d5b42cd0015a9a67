// Hang: a recursive struct without indirection (rustc: E0072, recursive type has infinite size) whose
// Debug impl is used never finishes compiling; without the use it compiles at once. Found by
// `toyrust-fuzz mutate --seed 7` (mutant 4130: tests/programs/l2/derive_clone_copy.rs with SwapTokens).
#[derive(Debug)]
struct P {
    y: Big,
}

#[derive(Debug)]
struct Big {
    origin: P,
}

fn show(a: P) {
    println!("{:?}", a);
}

fn main() {}
