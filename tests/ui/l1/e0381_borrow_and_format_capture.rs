// Reads of a `let x;` before any assignment, through a borrow and through a format string's
// implicit capture: the MIR's definite-initialization pass reports each at the read.
fn borrowed() {
    let x: i32;
    let r = &x; //~ ERROR E0381
    println!("{}", r);
}

fn captured() {
    let y: i32;
    println!("{y}"); //~ ERROR E0381
}

fn main() {
    borrowed();
    captured();
}
