// Both arguments must have the same T: an integer and a float do not unify.
fn max<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let m = max(1, 2.0); //~ ERROR E0308
    println!("{}", m);
}
