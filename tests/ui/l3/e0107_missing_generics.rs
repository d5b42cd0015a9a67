// A generic struct named without its type argument in a function signature.
struct Wrapper<T> {
    value: T,
}

fn unwrap(w: Wrapper) -> i32 { //~ ERROR E0107
    w.value
}

fn main() {
    println!("{}", unwrap(Wrapper { value: 1 }));
}
