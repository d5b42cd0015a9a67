// Moves decide what is dropped: a value moved on some paths only is dropped behind a drop flag,
// a partly moved struct or enum drops the parts that are left, in declaration order; generic code
// drops what its type arguments need; `break`, `continue` and `return` drop what they leave;
// assignment drops the old value; `drop(x)`; a `let` initialised on one path only.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn make(n: i32) -> D { println!("make {}", n); D(n) }
fn consume(d: D) { println!("consume {}", d.0); }
struct Pair { a: D, b: D }
enum E { A(D), B(D, D), C }
struct W<T> { inner: T, tag: i32 }
fn hold<T>(x: T, n: i32) -> i32 { let _w = W { inner: x, tag: n }; n }
fn pass<T>(x: T) -> T { x }
fn early(n: i32) -> i32 {
    let _a = make(100 + n);
    if n > 1 { return n; }
    let _b = make(200 + n);
    0
}
fn main() {
    // conditional move: drop flag
    for i in 0..3 {
        let d = make(i);
        if i % 2 == 0 { consume(d); }
        println!("iter {}", i);
    }
    // partial move
    let p = Pair { a: make(10), b: make(11) };
    consume(p.a);
    println!("after partial");
    // conditional partial move
    let q = Pair { a: make(12), b: make(13) };
    if p.b.0 > 0 { consume(q.b); }
    // enums
    let e = E::B(make(20), make(21));
    match e { E::A(d) => consume(d), E::B(x, _) => consume(x), E::C => {} }
    println!("after match");
    let e2 = E::A(make(22));
    if let E::C = e2 { println!("c"); }
    let _e3 = E::C;
    // generics
    println!("hold {}", hold(make(30), 1));
    println!("hold {}", hold(5, 2));
    let g = pass(make(31));
    let o: Option<D> = Some(make(32));
    let n: Option<D> = None;
    let arr = [make(33), make(34), make(35)];
    // loops with break / continue
    let mut k = 0;
    loop {
        let t = make(40 + k);
        k += 1;
        if k == 1 { continue; }
        if k == 3 { break; }
        println!("loop {}", t.0);
    }
    while k < 5 { let _w = make(50 + k); k += 1; }
    early(1); early(2);
    // assignment replaces
    let mut m = make(60);
    for j in 0..2 { m = make(61 + j); }
    let mut pr = Pair { a: make(70), b: make(71) };
    pr.a = make(72);
    drop(g);
    let s;
    if k > 2 { s = make(80); } else { println!("no s"); }
    println!("end {} {}", m.0, pr.a.0);
    let _ = (o, n, arr);
}
