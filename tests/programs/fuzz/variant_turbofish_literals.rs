// The turbofish of a variant names the enum's arguments: `Err::<u32, bool>` makes `v` a u32,
// so the literal 4294967295 is a u32, not an out-of-range i32.
fn main() {
    let c = false;
    let x = match Err::<u32, bool>(false) { Ok(v) => v, Err(_) => if c { 20 } else { 4294967295 } };
    let big = Err::<bool, u32>(4294967294).is_err();
    let min = Err::<u8, i64>(-9223372036854775808);
    let none = None::<i64>;
    let some = Option::Some::<u64>(18446744073709551615);
    println!("{} {} {:?} {:?} {:?}", x, big, min, none, some);
}
