// Function items and `fn` pointers as values: passed to generic `Fn*` parameters (an instance per
// item), coerced to `fn(i32) -> i32` (in a `let`, an array, a `vec!`, a struct field, a returned
// value), called directly and through pointers, and handed to iterator adapters.
fn double(x: i32) -> i32 { x * 2 }
fn triple(x: i32) -> i32 { x * 3 }
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn apply_mut<F: FnMut(i32) -> i32>(mut f: F, x: i32) -> i32 { f(x) }
fn apply_once<F: FnOnce(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn id<T>(x: T) -> T { x }
fn pick(n: i32) -> fn(i32) -> i32 { if n > 0 { double } else { triple } }
struct Point { x: i32, y: i32 }
impl Point { fn new(x: i32, y: i32) -> Point { Point { x, y } } }
struct Ops { op: fn(i32) -> i32 }
fn main() {
    let f: fn(i32) -> i32 = double;
    let g = triple;
    println!("{} {}", f(5), g(5));
    println!("{}", apply(double, 3));
    println!("{}", apply(f, 3));
    println!("{}", apply_mut(f, 3));
    println!("{}", apply_once(double, 3));
    println!("{}", apply(id::<i32>, 3));
    println!("{}", apply(id, 4));
    let mk = Point::new;
    let p = mk(1, 2);
    println!("{} {}", p.x, p.y);
    let table: [fn(i32) -> i32; 2] = [double, triple];
    for h in table.iter() { println!("{}", h(10)); }
    let v: Vec<fn(i32) -> i32> = vec![double, triple, pick(-1)];
    let r: Vec<i32> = v.iter().map(|h| h(7)).collect();
    println!("{:?}", r);
    let w: Vec<i32> = vec![1, 2, 3].into_iter().map(double).collect();
    println!("{:?}", w);
    let w2: Vec<i32> = vec![1, 2, 3].into_iter().map(pick(1)).collect();
    println!("{:?}", w2);
    let o = Ops { op: triple };
    println!("{}", (o.op)(4));
    println!("{}", pick(1)(8));
}
