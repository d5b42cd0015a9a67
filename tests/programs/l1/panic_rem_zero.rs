//@ exit-code: 101
// Remainder by zero panics at every opt-level, with its own message.
fn rem(a: i16, b: i16) -> i16 {
    a % b
}

fn main() {
    println!("{}", rem(-10, 3));
    println!("{}", rem(-10, 0));
    println!("not reached");
}
