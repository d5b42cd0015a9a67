// A call through a `fn` pointer is a function call: another number of arguments is E0061 (a
// closure's is E0057), a call of a call's non-function result E0618, and a number is no pointer.
fn double(x: i32) -> i32 {
    x * 2
}

fn main() {
    let p: fn(i32) -> i32 = double;
    p(1, 2); //~ ERROR E0061
    double(1)(2); //~ ERROR E0618
    let q: fn(i32) -> i32 = 5; //~ ERROR E0308
    println!("{}", q(1));
}
