// A struct literal that leaves out a field.
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let p = Point { x: 1 }; //~ ERROR E0063
    println!("{} {}", p.x, p.y);
}
