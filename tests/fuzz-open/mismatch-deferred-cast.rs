// Open (bug 19 in docs/reliability.md): rustc accepts this; ToyRust reports E0605 "non-primitive cast:
// `{integer}` as `char`" because it checks the cast while the `if`'s type is still an inference
// variable (`conv`'s result type, u8, comes from the only impl at the end of the function). rustc
// defers cast checks. Reduced by the differential runner from seed 1004013 (size 40).
trait Conv<U> {
    fn conv(&self) -> U;
}
impl Conv<u8> for i32 {
    fn conv(&self) -> u8 {
        *self as u8
    }
}
fn run(q0: i8, q1: i64, q2: u8, q3: i64) -> u64 {
    let mut ck: u64 = 0;
    let mut v6 = 'A';
    v6 = ((if ((2.5_f64, v6) > (0.1_f64, v6)) { ((0u64 as i32)).conv() } else { 0 }) as char);
    ck
}
fn main() {
}
