// Issue 8, bug 3: a user trait named like a std trait is an ordinary trait. ToyRust took this
// `Debug` for std's, treated `i32: Debug` as a built-in impl, and crashed generating `show`.
trait Debug { fn show(&self) -> i32 { 7 } }
impl Debug for i32 {}
fn f<T: Debug>(x: T) -> i32 { x.show() }
fn main() { println!("{}", f(41)); }
