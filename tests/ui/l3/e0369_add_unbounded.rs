// `+` on a type parameter without an `Add` bound.
fn sum<T>(a: T, b: T) -> T {
    a + b //~ ERROR E0369
}

fn main() {
    println!("{}", sum(1, 2));
}
