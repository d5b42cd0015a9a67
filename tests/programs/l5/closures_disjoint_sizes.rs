// Precise captures and the closure's size: a captured field is one field of the closure, a read through `&` captures the referent.
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
    x: i32,
    y: i32,
}
struct Q {
    p: P,
    n: String,
}
fn main() {
    let mut p = P { a: D("a"), b: D("b"), c: D("c"), x: 1, y: 2 };
    {
        let mut c = || p.x += 1;
        println!("{}", std::mem::size_of_val(&c));
        c();
        println!("{}", p.y);
        c();
    }
    println!("{}", p.x);
    let c = move || {
        println!("{} {}", p.c.0, p.a.0);
    };
    println!("{}", std::mem::size_of_val(&c));
    println!("b still {}", p.b.0);
    c();
    println!("after c");
    let q = Q { p: P { a: D("qa"), b: D("qb"), c: D("qc"), x: 3, y: 4 }, n: String::from("n") };
    let r = &q;
    let f = || r.p.x + r.p.y;
    println!("{} {}", f(), std::mem::size_of_val(&f));
    let g = move || r.p.x;
    println!("{} {}", g(), std::mem::size_of_val(&g));
    let h = || { let s = q.n; s.len() };
    println!("{}", h());
    println!("{}", q.p.a.0);
    let bx = Box::new(P { a: D("ba"), b: D("bb"), c: D("bc"), x: 5, y: 6 });
    let k = || bx.x;
    println!("{} {}", k(), std::mem::size_of_val(&k));
    let m = move || bx.y;
    println!("{} {}", m(), std::mem::size_of_val(&m));
    println!("end");
}
