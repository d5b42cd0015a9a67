//@ exit-code: 101
// A block condition with let statements, loops and a tail: one statement per line when the
// block does not fit, `while`/`for` bodies kept on one line when they fit.
fn main() {
    assert!({
        let mut total: i64 = 0;
        let mut i = 0;
        while i < 10 { total += i; i += 1; }
        for k in 0..5 { if k % 2 == 0 { continue; } total -= k; }
        'outer: loop { if total > 5 { break 'outer; } total += 100; }
        total == 46
    });
}
