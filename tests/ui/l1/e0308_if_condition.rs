// The condition of an `if` must be a bool; there is no integer truthiness.
fn main() {
    let n = 3;
    if n { //~ ERROR E0308
        println!("{}", n);
    }
}
