// Edition 2021 captures places, not variables (RFC 2229): which fields a closure holds, how, and when they drop.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct P {
    a: D,
    b: D,
    c: D,
    n: i32,
}
struct W {
    inner: P,
    t: (D, D),
}
struct Guard {
    g: D,
    k: i32,
}
impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop guard {}", self.k);
    }
}
fn main() {
    // Captured in the order c, a (first use), dropped in field order a, c.
    let p = P { a: D("a"), b: D("b"), c: D("c"), n: 1 };
    let f = move || {
        let c = &p.c;
        let a = &p.a;
        println!("in f: {} {}", c.0, a.0);
    };
    f();
    println!("p.b is still {} and p.n {}", p.b.0, p.n);
    drop(f);
    println!("after f");
    // A non-move closure that moves one field out.
    let w = W { inner: P { a: D("wa"), b: D("wb"), c: D("wc"), n: 2 }, t: (D("t0"), D("t1")) };
    let g = || {
        let moved = w.t.1;
        println!("g moved {}", moved.0);
    };
    println!("w.t.0 {} w.inner.b {}", w.t.0 .0, w.inner.b.0);
    g();
    println!("after g");
    // A type with Drop is captured whole when moved.
    let gd = Guard { g: D("gg"), k: 7 };
    let h = move || gd.k + 1;
    println!("h {} size {}", h(), std::mem::size_of_val(&h));
    // A mutable borrow of one field while another is read.
    let mut q = P { a: D("qa"), b: D("qb"), c: D("qc"), n: 10 };
    let mut inc = || q.n += 5;
    inc();
    println!("q.a while inc lives: {}", q.a.0);
    inc();
    println!("q.n {}", q.n);
    // Through &mut.
    let mut r = P { a: D("ra"), b: D("rb"), c: D("rc"), n: 0 };
    let rr = &mut r;
    let mut bump = || rr.n += 1;
    bump();
    println!("bump size {}", std::mem::size_of_val(&bump));
    bump();
    println!("r.n {}", rr.n);
    // Tuples and nested closures.
    let mut pair = (String::from("left"), String::from("right"), 3);
    let outer = || {
        let inner = || pair.0.len();
        inner() + pair.2
    };
    println!("outer {} size {}", outer(), std::mem::size_of_val(&outer));
    pair.1.push('!');
    println!("{}", pair.1);
    let consume = move || pair.1;
    println!("consumed {} kept {}", consume(), pair.0);
    // Arrays: indexing captures the whole array.
    let mut arr = [1, 2, 3];
    let mut set = || arr[1] = 20;
    set();
    println!("{:?}", arr);
    // A boxed struct.
    let bx = Box::new(P { a: D("ba"), b: D("bb"), c: D("bc"), n: 4 });
    let peek = || bx.n * 2;
    println!("peek {} size {}", peek(), std::mem::size_of_val(&peek));
    let own = move || bx.c.0;
    println!("own {} size {}", own(), std::mem::size_of_val(&own));
    println!("end");
}
