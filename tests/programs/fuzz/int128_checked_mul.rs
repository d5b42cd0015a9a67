//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// A checked i128 multiplication: LLVM calls compiler-rt's __muloti4 for it on AArch64, which
// libgcc lacks, so the program did not link there until the runtime supplied it.
fn mul(a: i128, b: i128) -> i128 {
    a * b
}

fn umul(a: u128, b: u128) -> u128 {
    a * b
}

fn main() {
    println!("{} {}", mul(-5, 3), mul(i128::MAX / 2, 2));
    println!("{} {}", mul(-(1 << 63), 1 << 64), umul(u128::MAX / 3, 3));
    println!("{}", mul(i128::MIN / 2, 2));
    println!("{}", mul(1 << 64, 1 << 63));
}
