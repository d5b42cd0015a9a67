// i32 + i64: rustc reports the operand's type (E0308) and the missing `Add<i64>` impl (E0277),
// both on the operator's line.
fn main() {
    let a: i32 = 1;
    let b: i64 = 2;
    println!("{}", a + b);
    //~^ ERROR E0308
    //~| ERROR E0277
}
