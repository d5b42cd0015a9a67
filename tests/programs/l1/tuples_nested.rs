// Nested tuples: chained field access `.0.1`, nested destructuring, assignment deep inside.
fn make() -> ((i32, i32), (bool, (char, u8))) {
    ((1, 2), (true, ('q', 9)))
}

fn main() {
    let n = make();
    println!("{} {}", n.0.0, n.0.1);
    println!("{} {} {}", n.1.0, n.1.1.0, n.1.1.1);
    let ((a, b), (c, (d, e))) = n;
    println!("{} {} {} {} {}", a, b, c, d, e);
    let mut deep = ((0, 0), 0);
    deep.0.1 = 5;
    deep.1 = deep.0.1 * 2;
    println!("{:?}", deep);
    let ((_, y), _) = deep;
    println!("{}", y);
}
