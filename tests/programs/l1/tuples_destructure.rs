// `let (a, b) = ...` patterns: from literals, from calls, with `_`, with `mut`, and swapping.
fn divmod(a: i32, b: i32) -> (i32, i32) {
    (a / b, a % b)
}

fn main() {
    let (a, b) = (3, 4);
    println!("{} {}", a, b);
    let (q, r) = divmod(17, 5);
    println!("{} {}", q, r);
    let (first, _, third) = (1, 2, 3);
    println!("{} {}", first, third);
    let (mut x, mut y) = (10, 20);
    x += 1;
    y -= 1;
    println!("{} {}", x, y);
    let (x, y) = (y, x);
    println!("{} {}", x, y);
    let t = (true, 'c');
    let (flag, ch) = t;
    println!("{} {}", flag, ch);
}
