// Drop impls: the type's own `drop` runs before its fields are dropped; a generic type's impl;
// a match guard that looks at a value the arm then takes; `while let` that moves and replaces;
// nested tuples and arrays partly moved by a pattern; a value returned out of a block.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn make(n: i32) -> D { println!("make {}", n); D(n) }
struct Outer { name: i32, first: D, second: D }
impl Drop for Outer { fn drop(&mut self) { println!("drop outer {}", self.name); } }
struct G<T> { v: T }
impl<T> Drop for G<T> { fn drop(&mut self) { println!("drop G"); } }
#[derive(Clone)]
struct C { d: i32 }
impl Drop for C { fn drop(&mut self) { println!("drop C {}", self.d); } }
fn pick(o: Option<D>) -> i32 {
    match o {
        Some(d) if d.0 > 5 => d.0,
        Some(d) => { println!("small {}", d.0); 0 }
        None => -1,
    }
}
fn main() {
    let _o = Outer { name: 1, first: make(1), second: make(2) };
    let _g = G { v: make(3) };
    let _g2 = G { v: 7 };
    let c = C { d: 4 };
    let c2 = c.clone();
    println!("{}", pick(Some(make(10))));
    println!("{}", pick(Some(make(3))));
    println!("{}", pick(None));
    let mut stack = Some(make(20));
    while let Some(d) = stack {
        println!("popped {}", d.0);
        stack = if d.0 < 22 { Some(make(d.0 + 1)) } else { None };
    }
    let base = Outer { name: 5, first: make(30), second: make(31) };
    let r = &base;
    println!("r {}", r.first.0);
    let nested = ((make(40), 1), [make(41)]);
    let ((x, _), _) = nested;
    println!("x {} {}", x.0, c2.d);
    {
        let _inner = make(50);
        println!("inner");
    }
    let v = { let a = make(60); a };
    println!("v {}", v.0);
}
