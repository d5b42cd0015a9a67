// A trait with one impl for the receiver fixes the trait's argument before an operator or a cast
// needs the type: `(-188i32).conv()` is a u8 because `impl Conv<u8> for i32` is the only one.
trait Conv<U> {
    fn conv(&self) -> U;
}
impl Conv<u8> for i32 {
    fn conv(&self) -> u8 { *self as u8 }
}
impl Conv<i64> for u8 {
    fn conv(&self) -> i64 { *self as i64 * 3 }
}
fn main() {
    let c = ((-188i32).conv() % 26 + 97) as char;
    let s = 4u8.conv() % 1000 + 5000000000;
    let t = 200i32.conv() >> 3usize;
    let f = 7i32.conv() as f64;
    let n = -(9u8.conv());
    let m = 250i32.conv().conv() * 3;
    println!("{} {} {} {} {} {}", c, s, t, f, n, m);
}
