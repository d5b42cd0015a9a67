// Drop order as rustc's build of edition 2021 has it: arguments after the body's locals,
// shadowed variables in reverse, the value of an expression statement at its end, temporaries
// of an expression in reverse order of creation, a borrowed temporary of a `let` kept to the end
// of the block, a replaced value when the new one is ready, a block's tail temporaries after its
// locals, and a `match` scrutinee until the end of the match.
struct D(i32);
impl Drop for D { fn drop(&mut self) { println!("drop {}", self.0); } }
fn make(n: i32) -> D { println!("make {}", n); D(n) }
fn params(a: D, b: D) { println!("in params {} {}", a.0, b.0); }
fn id(d: D) -> D { d }
fn val(d: &D) -> i32 { d.0 }
fn main() {
    params(make(1), make(2));
    println!("--");
    let x = make(3);
    let x = make(4);
    println!("shadowed {}", x.0);
    println!("--");
    make(5);
    println!("after 5");
    let v = val(&make(6)) + val(&make(7));
    println!("v {}", v);
    let r = &make(8);
    println!("r {}", r.0);
    let mut m = make(9);
    m = make(10);
    println!("m {}", m.0);
    let t = { let _a = make(11); val(&make(12)) };
    println!("t {}", t);
    match id(make(13)) { D(n) if n > 100 => println!("big"), _ => println!("small") }
    println!("after match");
    let arr = [make(14), make(15)];
    let _ = arr;
    let tup = (make(16), make(17));
    println!("end");
}
