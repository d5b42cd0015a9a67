// Closures in generic functions (one closure type, and one body, per instance), closures
// made in a loop, and captured values dropped with the closure that owns them.
struct Noisy(&'static str);
impl Drop for Noisy {
    fn drop(&mut self) { println!("drop {}", self.0); }
}
fn call_twice<F: Fn() -> i32>(f: F) -> i32 { f() + f() }
fn run<F: FnMut(i32)>(mut f: F) { for i in 0..3 { f(i); } }
fn twice<T: Copy, F: Fn(T) -> T>(f: F, x: T) -> T { f(f(x)) }
fn make_adder<T: Copy + std::ops::Add<Output = T>>(k: T, x: T) -> T {
    let add = |y: T| y + k;
    add(x)
}
fn main() {
    let a = Noisy("a");
    let b = Noisy("b");
    let c = move || { let r = &a; println!("in c {}", r.0); 1 };
    println!("{}", call_twice(c));
    let mut total = 0;
    run(|i| total += i * 10);
    println!("total {}", total);
    println!("{}", twice(|x| x * 3, 2));
    println!("{}", twice(|x: f64| x / 2.0, 9.0));
    println!("{}", make_adder(1, 2));
    println!("{}", make_adder(1.5, 2.0));
    let mut sums = Vec::new();
    for i in 0..3 {
        let add = |x: i32| x + i;
        sums.push(add(100));
    }
    println!("{:?}", sums);
    let d = move || { let n = b; println!("moved {}", n.0); };
    println!("before d");
    d();
    println!("after d");
    let e = Noisy("e");
    let keep = move || { let r = &e; r.0.len() };
    println!("{}", keep());
    println!("end");
}
