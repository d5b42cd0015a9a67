//@ exit-code: 101
// `expect` on None panics with its own message, located in a generic function.
fn take<T: Copy>(slot: Option<T>, what: &str) -> T {
    println!("taking {}", what);
    slot.expect("slot should be filled")
}

fn main() {
    let a = take(Some(1.5), "a");
    println!("{}", a);
    let b: char = take(None, "b");
    println!("{}", b);
}
