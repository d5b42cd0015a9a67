// Closures that capture nothing coerced to `fn` pointers (rustc's ClosureFnPointer): the pointer is the
// closure's `call_once` shim, which takes its arguments spread; the signature comes from the expected
// pointer type (`|a| [a[3], …]` with `a: [i64; 4]`), and results larger than two registers come back in memory.
fn apply<F: FnOnce(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn run(f: fn(i32, i64) -> i64, a: i32) -> i64 { f(a, 10) }
fn big(f: fn([i64; 4]) -> [i64; 4]) -> i64 { let r = f([1, 2, 3, 4]); r[0] + r[3] }
struct Noisy(i32);
impl Drop for Noisy { fn drop(&mut self) { println!("drop {}", self.0); } }
fn main() {
    let g = |x: i32| x + 1;
    let h: fn(i32) -> i32 = g;
    println!("{} {}", h(4), apply(g, 5));
    let v: Vec<fn(i32) -> i32> = vec![|x| x * 10, h];
    for f in v.iter() { println!("{}", f(3)); }
    println!("{}", run(|a, b| a as i64 * b, 7));
    println!("{}", big(|a| [a[3], a[2], a[1], a[0]]));
    let make: fn() -> Noisy = || Noisy(9);
    let n = make();
    println!("made {}", n.0);
    let w: Vec<i32> = vec![1, 2].into_iter().map(h).collect();
    println!("{:?}", w);
}
