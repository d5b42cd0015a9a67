// The tail expression does not have the declared return type.
fn answer() -> i32 {
    false //~ ERROR E0308
}

fn main() {
    println!("{}", answer());
}
