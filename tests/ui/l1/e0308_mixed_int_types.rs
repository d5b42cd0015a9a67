// Integer types never convert implicitly: an i64 where an i32 is expected.
fn main() {
    let a: i64 = 5;
    let b: i32 = a; //~ ERROR E0308
    println!("{}", b);
}
