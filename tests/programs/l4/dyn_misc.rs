// Trait objects of primitive types (a literal's type decided after the coercion), a trait method
// taking another trait object, a derived Clone/Copy struct holding one, generic traits as
// `dyn Tr<i32>` / `dyn Tr<bool>` (two vtables of one type), and a method call through `&&dyn`.
trait Shape { fn area(&self) -> i64; fn touches(&self, other: &dyn Shape) -> bool { self.area() == other.area() } }
impl Shape for i32 { fn area(&self) -> i64 { *self as i64 * 2 } }
impl Shape for u8 { fn area(&self) -> i64 { *self as i64 } }
#[derive(Clone, Copy)]
struct Holder<'a> { s: &'a dyn Shape, n: u8 }
trait Tr<T> { fn get(&self) -> T; }
struct K;
impl Tr<i32> for K { fn get(&self) -> i32 { 41 } }
impl Tr<bool> for K { fn get(&self) -> bool { true } }
struct W<'a, T> { inner: &'a dyn Tr<T> }
fn main() {
    let s: &dyn Shape = &5;
    let t: &dyn Shape = &10u8;
    println!("{} {} {}", s.area(), t.area(), s.touches(t));
    let h = Holder { s, n: 1 };
    let h2 = h.clone();
    let h3 = h;
    println!("{} {} {}", h2.s.area(), h3.n, h.s.touches(&5));
    let w: W<i32> = W { inner: &K };
    let b: &dyn Tr<bool> = &K;
    println!("{} {}", w.inner.get() + 1, b.get());
    let r: &&dyn Shape = &s;
    println!("{}", r.area());
}
