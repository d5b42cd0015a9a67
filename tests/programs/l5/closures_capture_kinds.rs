// The three capture kinds: by reference (Fn), by mutable reference (FnMut), by value (FnOnce);
// closures passed to generic functions with `Fn`, `FnMut` and `FnOnce` bounds, and called directly.
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn apply_mut<F>(mut f: F) where F: FnMut() { f(); f(); }
fn consume<F: FnOnce() -> String>(f: F) -> String { f() }
fn main() {
    let k = 10;
    let add = |x| x + k;                 // captures k by reference; Fn
    println!("{}", add(1));
    println!("{}", apply(add, 5));
    println!("{}", apply(|x: i32| -> i32 { x * 2 }, 5));
    let mut count = 0;
    apply_mut(|| count += 1);            // captures count by mutable reference; FnMut
    println!("{}", count);
    let s = String::from("hi");
    let f = move || s;                   // captures s by value; FnOnce (moves it out)
    println!("{}", consume(f));
    let mut v = Vec::new();
    let mut push = |x| v.push(x);
    push(1); push(2);
    println!("{:?}", v);
}
