// Two variants with one discriminant cannot be told apart (a derived `==` switches on it): E0081.
// Found by the crash fuzzer (corpus crash-duplicate-discriminant.rs), where LLVM rejected the
// shim's switch with a duplicate case.
#[derive(Debug, PartialEq)]
enum Level { //~ ERROR E0081
    Low = 1,
    Mid = 2,
    High = 1,
}

fn main() {
    println!("{:?}", Level::Low == Level::High);
    println!("{:?}", Level::Mid);
}
