//@ exit-code: 101
//@ compile-flags: -C overflow-checks=on
// Found by the differential runner: rustc reports a panic inside parentheses at the opening
// parenthesis (the parenthesized expression takes the span of its parentheses); ToyRust reported
// the column of the expression inside.
fn id(x: i32) -> i32 {
    x
}

fn main() {
    let a = [1, 2, 3];
    println!("{}", (a[(id(1)) as usize]));
    println!("{}", ((id(2147483646)) + 1));
    println!("{}", ((id(2147483647)) + 1));
}
