// The pathological case of issue 12: a generic program with a few [T; 4096] locals, moved and
// copied by value. Built as first-class LLVM aggregates it took minutes at -O (rustc: 0.2 s).
#[derive(Clone, Copy)]
struct P { x: i64, y: i64 }
trait Weight { fn weight(&self) -> i64; }
impl Weight for i64 { fn weight(&self) -> i64 { *self } }
impl Weight for P { fn weight(&self) -> i64 { self.x + self.y } }
fn fill<T: Copy>(v: T) -> [T; 4096] { [v; 4096] }
fn total<T: Weight>(a: &[T; 4096]) -> i64 {
    let mut s = 0;
    let mut i = 0;
    while i < 4096 { s += a[i].weight(); i += 1; }
    s
}
fn shuffle<T: Copy>(a: [T; 4096]) -> [T; 4096] {
    let mut b = a;
    let mut i = 0;
    while i < 2048 { let t = b[i]; b[i] = b[4095 - i]; b[4095 - i] = t; i += 1; }
    b
}
fn pick<T: Copy>(a: [T; 4096], b: [T; 4096], first: bool) -> [T; 4096] { if first { a } else { b } }
fn main() {
    let a = fill(3i64);
    let b = shuffle(a);
    let c = pick(a, b, true);
    let d = fill(P { x: 1, y: 2 });
    let e = shuffle(d);
    let f = pick(d, e, false);
    let g = [f; 2];
    println!("{} {} {}", total(&c), total(&f), total(&g[1]));
}
