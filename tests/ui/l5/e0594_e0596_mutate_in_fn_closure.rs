// In a closure whose expected kind is `Fn`, assigning to a capture is E0594 and borrowing one
// mutably is E0596, each where it is written; through an index rustc words it differently.
struct P {
    n: i32,
}

fn call<F: Fn() -> i32>(f: F) -> i32 {
    f()
}

fn main() {
    let mut x = 1;
    let mut v = vec![1];
    let mut a = [1, 2];
    let mut p = P { n: 0 };
    call(|| {
        x += 1; //~ ERROR E0594
        v.push(2); //~ ERROR E0596
        a[0] = 3; //~ ERROR E0594
        let r = &mut p.n; //~ ERROR E0596
        *r
    });
    let q = &mut p;
    call(|| {
        q.n = 5; //~ ERROR E0594
        0
    });
}
