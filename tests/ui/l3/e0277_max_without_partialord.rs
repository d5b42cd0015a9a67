// Calling a function bounded by `PartialOrd` with a struct that does not implement it.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
}

fn max<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn main() {
    let p1 = Point { x: 1 };
    let p2 = Point { x: 2 };
    let m = max(p1, p2); //~ ERROR E0277
    println!("{:?} {}", m, max(p1.x, p2.x));
}
