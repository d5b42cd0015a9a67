//@ exit-code: 101
//@ compile-flags: -C overflow-checks=on
// Found by the differential runner: an overflow-checked `i128` multiplication calls compiler-rt's
// `__muloti4`, which AArch64's libgcc lacks, so the program did not link for AArch64.
fn mul(a: i128, b: i128) -> i128 {
    a * b
}

fn main() {
    println!("{}", mul(-3, 4));
    println!("{}", mul(i128::MAX / 2, 2) as i64);
    println!("{}", mul(i128::MAX / 2, 3));
}
