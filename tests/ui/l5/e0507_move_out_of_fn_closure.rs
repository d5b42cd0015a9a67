// A closure written where `Fn` or `FnMut` is expected takes that kind (rustc's expected kind), so
// a body that moves a capture out is wrong where it moves: E0507, not E0525 as for a closure bound
// to a name first (e0525_closure_kind.rs). A pattern's binding moves its field.
struct P {
    x: String,
    n: i32,
}

fn call<F: Fn() -> usize>(f: F) -> usize {
    f()
}

fn call_mut<F: FnMut() -> usize>(mut f: F) -> usize {
    f()
}

fn main() {
    let s = String::from("a");
    println!("{}", call_mut(|| { let t = s; t.len() })); //~ ERROR E0507
    let p = P { x: String::from("b"), n: 1 };
    println!("{}", call(|| {
        let P { x, .. } = p; //~ ERROR E0507
        x.len()
    }));
    println!("{}", p.n);
}
