// Bug 19 (docs/reliability.md): a cast is checked at the end of the function, as rustc does, not
// when it is met. `conv`'s result type is only known to be `u8` once its one impl is selected after
// the whole body, so `(if c { x.conv() } else { 0 }) as char` was rejected with E0605
// `{integer}` as `char`. Reduced by the differential runner from seed 1004013 (size 40).
trait Conv<U> {
    fn conv(&self) -> U;
}
impl Conv<u8> for i32 {
    fn conv(&self) -> u8 {
        *self as u8
    }
}
fn pick(c: bool, x: i32) -> char {
    (if c { x.conv() } else { 0 }) as char
}
fn main() {
    let x: i32 = 65;
    let v = ((if (2.5_f64, 'A') > (0.1_f64, 'A') { ((x as i32)).conv() } else { 0 }) as char);
    let w = (x.conv() as u8) | 128;
    println!("{} {} {} {}", v, pick(true, 97), pick(false, 1) as u32, w);
}
