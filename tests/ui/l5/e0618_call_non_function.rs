// Only closures (and values bounded by an `Fn` trait) can be called like a function.
fn main() {
    let n = 5;
    n(1); //~ ERROR E0618
}
