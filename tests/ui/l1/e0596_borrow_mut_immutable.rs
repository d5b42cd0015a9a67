// Borrowing an immutable binding as mutable.
fn main() {
    let x = 5;
    let r = &mut x; //~ ERROR E0596
    *r += 1;
    println!("{}", x);
}
