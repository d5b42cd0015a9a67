// Read before any assignment.
fn main() {
    let y: i32;
    println!("{}", y); //~ ERROR E0381
}
