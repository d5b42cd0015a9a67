//@ exit-code: 101
#![allow(unused_parens)]
// Fuzzer bug 20: a failing assert! prints its condition as rustc's pretty-printer lays it out,
// over several indented lines when it is long (ToyRust printed the source text on one line).
fn main() {
    let probe = Some(170141183460469231731687303715884105726i128);
    assert!(probe.is_some());
    assert!((if false { (if true { None::<i128> } else { Some(170141183460469231731687303715884105727i128) }) } else { None::<i128> }) == Some(170141183460469231731687303715884105726i128));
}
