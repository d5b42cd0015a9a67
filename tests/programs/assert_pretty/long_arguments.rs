//@ exit-code: 101
// A call with many long arguments: they fill each line and continue 8 columns in.
fn many(a: i64, b: i64, c: i64, d: i64, e: i64, f: i64, g: i64, h: i64) -> i64 {
    a + b + c + d + e + f + g + h
}

fn main() {
    assert!(many(1000000000, 2000000000, 3000000000, 4000000000, 5000000000, 6000000000, 7000000000, many(1, 2, 3, 4, 5, 6, 7, 8)) == 0);
}
