// An `if` without `else` is `()`, so it cannot produce an integer.
fn main() {
    let flag = true;
    let v: i32 = if flag { 1 }; //~ ERROR E0317
    println!("{}", v);
}
