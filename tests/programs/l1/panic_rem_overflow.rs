//@ exit-code: 101
// MIN % -1 overflows and panics (the remainder would be 0, but rustc checks the division).
fn rem(a: i8, b: i8) -> i8 {
    a % b
}

fn main() {
    println!("{}", rem(-127, -1));
    println!("{}", rem(-128, -1));
    println!("not reached");
}
