//@ exit-code: 101
// `a..=b` with b at the length: rustc names the inclusive end, b.

fn main() {
    let a = [10, 20, 30];
    let last = 2;
    println!("{:?}", &a[0..=last]);
    println!("{:?}", &a[1..=last + 1]);
}
