// Closures inside closures (each a body of its own, `main::{closure#1}::{closure#0}`), closures
// passed to closures' callees, a `&mut` captured and written through, `return` in a closure.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn compose<F: Fn(i32) -> i32, G: Fn(i32) -> i32>(f: F, g: G, x: i32) -> i32 { g(f(x)) }
fn main() {
    let base = 100;
    let outer = |x: i32| {
        let inner = |y: i32| y + base;
        inner(x) * 2
    };
    println!("{}", outer(1));
    println!("{}", apply(|x| apply(|y| y + x + base, 1), 5));
    println!("{}", compose(|x| x + 1, |x| x * 10, 4));
    let mut log = Vec::new();
    {
        let mut record = |s: &str| log.push(s.len());
        record("abc");
        record("de");
    }
    println!("{:?}", log);
    let names = vec![String::from("a"), String::from("bb")];
    let total = || {
        let mut t = 0;
        for n in &names { t += n.len(); }
        t
    };
    println!("{} {}", total(), names.len());
    let mut counter = 0;
    let mut inc = || { counter += 1; counter };
    inc();
    let v = inc();
    println!("{} {}", v, counter);
    let r = &mut counter;
    let mut bump = || *r += 5;
    bump();
    println!("{}", counter);
    let unit = || ();
    unit();
    let early = |x: i32| -> i32 { if x > 0 { return 1; } 0 };
    println!("{} {}", early(5), early(-5));
}
