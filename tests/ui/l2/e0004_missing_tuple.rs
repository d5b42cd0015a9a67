// Exhaustiveness over a tuple of bools: `(false, true)` is not covered.
fn main() {
    let t = (true, false);
    match t { //~ ERROR E0004 `(false, true)` not covered
        (true, _) => println!("a"),
        (false, false) => println!("b"),
    }
}
