// Closures returned as `impl Fn`, `impl FnMut` and `impl FnOnce` (with `move`), from generic
// functions too: the closure takes its signature from the opaque type's bound (`x: T`), and
// callers call it through the bound (`<impl Fn(i32) -> i32 as FnOnce>::Output` is `i32`).
use std::ops::Add;

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn adder<T: Copy + Add<Output = T>>(k: T) -> impl Fn(T) -> T {
    move |x| x + k
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn greeter(name: String) -> impl FnOnce() -> String {
    move || {
        let mut s = String::from("hello ");
        s.push_str(&name);
        s
    }
}

fn twice(f: impl Fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| f(f(x))
}

fn main() {
    let add5 = make_adder(5);
    println!("{}", add5(1));
    println!("{}", add5(10));
    let addf = adder(1.5);
    println!("{}", addf(2.0));
    let addi = adder(7i64);
    println!("{}", addi(3));
    let mut c = counter();
    c();
    c();
    println!("{}", c());
    let g = greeter(String::from("world"));
    println!("{}", g());
    let t = twice(make_adder(3));
    println!("{}", t(0));
    let t2 = twice(|x| x * 2);
    println!("{}", t2(5));
}
