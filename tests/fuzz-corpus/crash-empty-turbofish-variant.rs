// Crash: "internal compiler error: no impl of `Debug` for `Option<{type error}>` has `fmt`". `None::<>`
// leaves T undetermined; the checker made it the error type silently (rustc: E0282 "type annotations
// needed for `Option<_>`") and the collector, looking for the `Debug` shim of the printed value, found
// none. Found by `scripts/fuzz.sh --seed 8000000` (mutant 1519, tests/programs/fuzz/variant_turbofish_literals.rs
// with DeleteToken).
// The turbofish of a variant names the enum's arguments: `Err::<u32, bool>` makes `v` a u32,
// so the literal 4294967295 is a u32, not an out-of-range i32.
fn main() {
    let c = false;
    let x = match Err::<u32, bool>(false) { Ok(v) => v, Err(_) => if c { 20 } else { 4294967295 } };
    let big = Err::<bool, u32>(4294967294).is_err();
    let min = Err::<u8, i64>(-9223372036854775808);
    let none = None::<>;
    let some = Option::Some::<u64>(18446744073709551615);
    println!("{} {} {:?} {:?} {:?}", x, big, min, none, some);
}
