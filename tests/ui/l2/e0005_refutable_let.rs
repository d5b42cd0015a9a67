// A `let` with a pattern that does not match every value (use `if let` instead).
enum Reading {
    Value(i32),
    Missing,
}

fn main() {
    let r = Reading::Value(4);
    let Reading::Value(v) = r; //~ ERROR E0005
    println!("{}", v);
    let _m = Reading::Missing;
}
