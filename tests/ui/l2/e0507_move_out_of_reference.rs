// Moving a value that is not `Copy` out from behind a shared reference, whole or one field: E0507.
struct P {
    v: i32,
}

struct W {
    inner: P,
}

fn whole(r: &P) -> i32 {
    let q = *r; //~ ERROR E0507
    q.v
}

fn field(w: &W) -> i32 {
    let q = w.inner; //~ ERROR E0507
    q.v
}

fn main() {
    let p = P { v: 1 };
    let w = W { inner: P { v: 2 } };
    println!("{} {}", whole(&p), field(&w));
}
