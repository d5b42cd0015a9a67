// Tuples of mixed types: construction, field access, assignment to fields.
fn pair(a: i32, b: bool) -> (i32, bool) {
    (a, b)
}

fn main() {
    let t = (1, 'x', true, 250u8);
    println!("{} {} {} {}", t.0, t.1, t.2, t.3);
    let p = pair(7, false);
    println!("{} {}", p.0, p.1);
    let mut m = (10u64, -3i8);
    m.0 += 5;
    m.1 = m.1 * 2;
    println!("{} {}", m.0, m.1);
    let single = (5,);
    println!("{}", single.0);
    println!("{:?}", m);
}
