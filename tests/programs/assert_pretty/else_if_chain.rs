//@ exit-code: 101
// An if/else-if chain compared with a value: the chain breaks, the last short branches stay together.
fn classify(a: i32) -> i32 {
    a * 10
}

fn main() {
    let a = 3;
    assert!(if a > 10 { classify(a) * 2 } else if a > 5 { classify(a) * 3 } else if a > 2 { if a == 3 { 100 } else { 200 } } else { 0 } == 101);
}
