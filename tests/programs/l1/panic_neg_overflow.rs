//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// Negating the minimum of a signed type panics when overflow checks are on.
fn neg(a: i64) -> i64 {
    -a
}

fn main() {
    println!("{}", neg(-9223372036854775807));
    println!("{}", neg(-9223372036854775807 - 1));
    println!("not reached");
}
