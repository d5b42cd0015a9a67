// Methods and trait methods as values (`Sq::side`, `Sq::area`, `<Sq as Shape>::area`, `Shape::area` as a
// `fn(&Sq) -> i32`), `fn()` pointers, pointers in a `Copy` struct, and an array of a generic item's instances.
trait Shape { fn area(&self) -> i32; }
struct Sq(i32);
impl Shape for Sq { fn area(&self) -> i32 { self.0 * self.0 } }
impl Sq { fn side(&self) -> i32 { self.0 } }
fn hello() { println!("hello"); }
fn id<T>(x: T) -> T { x }
#[derive(Clone, Copy)]
struct Ops { f: fn(i32) -> i32, g: fn() }
fn main() {
    let a = Sq::side;
    let b = Sq::area;
    let c = <Sq as Shape>::area;
    let s = Sq(3);
    println!("{} {} {}", a(&s), b(&s), c(&s));
    let h: fn() = hello;
    h();
    let o = Ops { f: id, g: hello };
    let o2 = o;
    (o2.g)();
    println!("{}", (o.f)(5));
    let fs = [id::<i32>, id];
    println!("{}", fs[1](9));
    let e: fn(&Sq) -> i32 = Shape::area;
    println!("{}", e(&s));
}
