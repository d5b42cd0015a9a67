//@ exit-code: 101
// panic!() without arguments reports "explicit panic".
fn check(n: i32) {
    if n == 2 {
        panic!();
    }
    println!("{}", n);
}

fn main() {
    for i in 0..5 {
        check(i);
    }
}
