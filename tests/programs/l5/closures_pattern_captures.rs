// A pattern in a closure captures the parts it looks at, not the whole scrutinee (rustc's
// `walk_pat`): a binding takes its field, a literal reads its field, `_` takes nothing.
// An enum of one variant is taken apart as a struct is; other enums are taken whole (the variant
// test reads the discriminant), as are arrays.
struct D(&'static str);
impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}
struct P {
    x: String,
    y: i32,
    s: D,
}
enum Shape {
    Circle(D, i32),
    Square(i32),
}
enum One {
    Only(D, String, i32),
}
fn call<F: Fn() -> usize>(f: F) -> usize {
    f()
}
fn call_mut<F: FnMut()>(mut f: F) {
    f();
}
fn main() {
    // `move` with a pattern that binds `x`: only `p.x` moves into the closure; `p.s` stays.
    let p = P { x: String::from("ab"), y: 1, s: D("p.s") };
    let c = move || match p {
        P { x, .. } => x,
    };
    println!("still here: {} {}", p.s.0, p.y);
    println!("{}", c());

    // `let` with a by-reference binding and a `Copy` one: the closure is `Fn`.
    let q = P { x: String::from("abc"), y: 7, s: D("q.s") };
    println!("{}", call(|| {
        let P { y, ref x, .. } = q;
        y as usize + x.len()
    }));

    // Tuples, nested: the closure borrows `t.1.0` and `t.1.1` only.
    let t = (String::from("t0"), (5, D("t.1.1")));
    let c5 = || {
        let (_, (n, ref s)) = t;
        n + s.0.len() as i32
    };
    println!("{}", c5());
    // A literal reads its field.
    let c8 = || match t {
        (_, (5, _)) => 1,
        _ => 2,
    };
    println!("{}", c8());
    // Through a reference: the capture stops at `*r`.
    let r = &t;
    let c6 = || {
        let (_, (n, _)) = r;
        *n
    };
    println!("{}", c6());
    // `_` captures nothing at all.
    let c7 = || {
        let _ = t;
        1
    };
    println!("{}", c7());

    // `ref mut` borrows its field mutably: `FnMut`.
    let mut m = (1, String::from("m"));
    call_mut(|| {
        let (ref mut a, _) = m;
        *a += 10;
    });
    println!("{} {}", m.0, m.1);

    // A `move` closure owns `w.0` alone: `w.1` drops with `w`, at the end of `main`.
    let w = (D("w.0"), D("w.1"));
    {
        let c10 = move || {
            let (a, _) = w;
            println!("in c10 {}", a.0);
        };
        c10();
        println!("after c10");
    }

    // A guard sees the bindings; a nested closure captures what the outer one captured.
    let g = (3, D("g.1"), String::from("g2"));
    let outer = || {
        let inner = || match g {
            (n, _, ref s) if n > 2 => s.len() + n as usize,
            (n, _, _) => n as usize,
        };
        inner() * 2
    };
    println!("{}", outer());
    println!("{}", g.1 .0);

    // An enum is captured whole: the test of the variant reads it.
    let e = Shape::Circle(D("e.0"), 2);
    let area = move || match e {
        Shape::Circle(_, r) => r * r * 3,
        Shape::Square(a) => a * a,
    };
    println!("{}", area());

    // An enum of one variant: the closure borrows `(o as Only).1` and `.2`; `.0` moves out after.
    let o = One::Only(D("o.0"), String::from("abc"), 4);
    println!("{}", call(|| match o {
        One::Only(_, ref s, n) => s.len() + n as usize,
    }));
    let One::Only(first, _, _) = o;
    println!("moved {}", first.0);
    // A `move` closure owns `(m as Only).1` alone: `m.0` drops at the end of `main`.
    let m = One::Only(D("m.0"), String::from("xy"), 1);
    {
        let c2 = move || {
            let One::Only(_, s, _) = m;
            s.len()
        };
        println!("{}", c2());
        println!("after c2");
    }
    println!("end");
}
