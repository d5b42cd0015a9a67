//@ exit-code: 101
// panic! with a literal message and no arguments.
fn fail() {
    panic!("plain message");
}

fn main() {
    println!("before");
    fail();
}
