// A function whose body ends in a statement returns `()`, not the declared type.
fn double(n: i32) -> i32 { //~ ERROR E0308
    n * 2;
}

fn main() {
    println!("{}", double(2));
}
