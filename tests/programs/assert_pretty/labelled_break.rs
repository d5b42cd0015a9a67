//@ exit-code: 101
// A labelled loop whose break carries the value of the condition, nested in another loop.
fn main() {
    let limit = 3;
    assert!('found: loop { let mut n = 0; loop { n += 1; if n == limit { break 'found n * 1000000000000i64 == 4; } } });
}
