// `&mut T` coerces to `&T` wherever rustc coerces: arguments of functions, methods and generic
// functions, a `let` with a type, struct literal fields, returned values (tail and `return`),
// assignments, array elements, and `if`/`match` branches that mix `&mut T` with `&T`.
#[derive(Debug)]
struct Holder<'a> {
    r: &'a i32,
}

struct Counter {
    base: i32,
}

impl Counter {
    fn add(&self, x: &i32) -> i32 {
        self.base + *x
    }
}

fn total(x: &[f64; 4]) -> f64 {
    x[0] + x[1] + x[2] + x[3]
}

fn fill(out: &mut [f64; 4]) -> f64 {
    out[0] = 1.5;
    out[3] = 2.25;
    total(out)
}

fn shared(x: &mut i32) -> &i32 {
    *x += 1;
    x
}

fn shared_early(x: &mut i32, early: bool) -> &i32 {
    if early {
        return x;
    }
    *x *= 10;
    x
}

fn pick<'a>(first: bool, a: &'a mut i32, b: &'a i32) -> &'a i32 {
    if first { a } else { b }
}

fn show<T: std::fmt::Debug>(x: &T) {
    println!("show {:?}", x);
}

fn main() {
    let mut samples = [0.0; 4];
    println!("{}", fill(&mut samples));
    println!("{:?}", samples);

    let mut x = 5;
    let r: &i32 = &mut x;
    println!("{}", r);

    let c = Counter { base: 100 };
    let mut y = 2;
    println!("{}", c.add(&mut y));

    let h = Holder { r: &mut y };
    println!("{:?} {}", h, h.r);

    let mut z = 7;
    println!("{}", shared(&mut z));
    println!("{}", shared_early(&mut z, true));
    println!("{}", shared_early(&mut z, false));

    let w = 3;
    println!("{}", pick(true, &mut z, &w));
    println!("{}", pick(false, &mut z, &w));
    let m: &i32 = match z > 50 {
        true => &mut z,
        false => &w,
    };
    println!("{}", m);

    show(&mut x);
    let mut seen: &i32 = &w;
    println!("{}", seen);
    seen = &mut x;
    println!("{}", seen);
    let both: [&i32; 2] = [&mut y, &w];
    println!("{:?}", both);
}
