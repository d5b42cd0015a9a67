// Branches coerce to an expected `&dyn Trait` one by one, as in rustc: `if`/`else if`/`else`
// and `match` arms (a diverging arm fits too), at a `let` with a type and as a function's tail.
trait Shape { fn area(&self) -> u32; }
struct A; struct B; struct C;
impl Shape for A { fn area(&self) -> u32 { 1 } }
impl Shape for B { fn area(&self) -> u32 { 2 } }
impl Shape for C { fn area(&self) -> u32 { 3 } }
fn pick<'a>(k: u8, a: &'a A, b: &'a B, c: &'a C) -> &'a dyn Shape {
    if k == 0 { a } else if k == 1 { b } else { c }
}
fn by_match<'a>(k: u8, a: &'a A, b: &'a B) -> &'a dyn Shape {
    match k {
        0 => a,
        1 => { println!("one"); b }
        _ => panic!("no shape {}", k),
    }
}
fn main() {
    let (a, b, c) = (A, B, C);
    for k in 0..3 {
        let s: &dyn Shape = if k % 2 == 0 { &a } else { &c };
        println!("{} {} {}", s.area(), pick(k, &a, &b, &c).area(), by_match(k % 2, &a, &b).area());
    }
    let t: &dyn Shape = match 5 { 5 => &b, _ => &a };
    println!("{}", t.area());
}
