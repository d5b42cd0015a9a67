// `==` on a struct that does not derive PartialEq.
struct Point {
    x: i32,
}

fn main() {
    let a = Point { x: 1 };
    let b = Point { x: 1 };
    println!("{}", a == b); //~ ERROR E0369
    println!("{}", a.x + b.x);
}
