// `x += 1` reads x first: with x never assigned that is E0381, at the whole assignment.
fn main() {
    let mut x: i32;
    x += 1; //~ ERROR E0381
    println!("{}", x);
}
