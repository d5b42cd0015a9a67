// Before the types of a body are final, the only impl of a pending obligation fixes its argument:
// a `conv()` result used only as a format argument is a u8, not left unsolved (and printed as nothing).
trait Conv<U> {
    fn conv(&self) -> U;
}
impl Conv<u8> for i32 {
    fn conv(&self) -> u8 { *self as u8 + 1 }
}
fn main() {
    println!("{} {:-<4}|", 5i32.conv(), 0x5i32.conv());
    let x = 7i32.conv();
    println!("{:?}", x);
}
