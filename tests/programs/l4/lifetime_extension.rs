// Temporary lifetime extension: a temporary borrowed by a `let` through an extending expression
// (the initializer itself, a tuple, array or struct literal, a block's tail) lives to the end of
// the block; one borrowed only for a call's argument is dropped at the end of the statement.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn make(n: i32) -> D { println!("make {}", n); D(n) }
fn val(d: &D) -> i32 { d.0 }
struct S<'a> { r: &'a D, n: i32 }
fn main() {
    let p = (&make(1), 1);
    println!("p {}", p.0 .0);
    let s = S { r: &make(2), n: 3 };
    println!("s {} {}", s.r.0, s.n);
    let a = [&make(4), &make(5)];
    println!("a {}", a[1].0);
    let b = { &make(6) };
    println!("b {}", b.0);
    let n = val(&make(7));
    println!("n {}", n);
    let m = &make(8);
    println!("m {}", m.0);
}
