// `>` on a type parameter that is only bounded by Copy.
fn larger<T: Copy>(a: T, b: T) -> T {
    if a > b { a } else { b } //~ ERROR E0369
}

fn main() {
    println!("{}", larger(1, 2));
}
