// Where temporaries end: a `let` pattern that moves out of a temporary drops the rest at the end
// of the `let`; one that binds by reference keeps the whole temporary to the end of the block;
// parameters bound by a pattern; the tail temporaries of a function and of an `if` branch; a
// `while` condition's temporaries each time round.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn make(n: i32) -> D { println!("make {}", n); D(n) }
fn val(d: &D) -> i32 { d.0 }
fn pair(a: i32, b: i32) -> (D, D) { (make(a), make(b)) }
fn f(a: D, b: D) -> i32 { let _c = make(30); val(&make(31)) + a.0 + b.0 }
fn g((a, b): (D, D)) { println!("g {} {}", a.0, b.0); }
fn main() {
    let (a, _) = pair(1, 2);
    println!("after let 1");
    let ref r = make(3);
    println!("after let 3 {}", r.0);
    let (ref x, _) = pair(4, 5);
    println!("after let 4 {}", x.0);
    println!("f {}", f(make(20), make(21)));
    g(pair(40, 41));
    let z = if a.0 > 0 { val(&make(50)) } else { 0 };
    println!("z {}", z);
    while val(&make(60)) > 100 {}
    println!("end");
}
