// A turbofish with more type arguments than the function declares.
fn identity<T>(x: T) -> T {
    x
}

fn main() {
    let v = identity::<i32, u8>(5); //~ ERROR E0107
    println!("{}", v);
}
