//@ exit-code: 101
// `swap` checks both indices and reports its caller's line (it is `#[track_caller]`).

fn main() {
    let mut a = [1, 2, 3];
    let s: &mut [i32] = &mut a;
    s.swap(0, 2);
    println!("{:?}", s);
    s.swap(1, 3);
}
