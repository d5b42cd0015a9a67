//@ exit-code: 101
// panic! with a formatted message; output printed before stays printed.
fn check(n: i32) {
    if n > 2 {
        panic!("n is too big: {} > {}", n, 2);
    }
    println!("ok {}", n);
}

fn main() {
    for i in 0..10 {
        check(i);
    }
}
