// Values over 256 bytes are written where they go (memcpy, memset, a loop of copies), never as
// one LLVM value: tuples, structs, enum payloads (tagged and niche), repeats of a large element,
// a repeat and a swap that read the place they write, closures and vectors holding them.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Big { a: [i64; 40], tag: u8 }
#[derive(Debug)]
enum E { Small(i32), Large(Big, i16), Boxed(Box<[i64; 50]>), Empty }
struct W { b: Big, s: String, n: [u8; 300] }
fn make(k: i64) -> Big { let mut a = [k; 40]; a[3] = k * 2; Big { a, tag: k as u8 } }
fn sum(b: &Big) -> i64 { b.a.iter().sum::<i64>() + b.tag as i64 }
fn main() {
    let b1 = make(3);
    let t = (b1, 7i32, make(4));
    println!("{} {} {}", sum(&t.0), t.1, sum(&t.2));
    let o: Option<Big> = Some(make(5));
    let n: Option<Big> = None;
    if let Some(x) = o { println!("some {}", sum(&x)); }
    println!("{}", n.is_none());
    let es = [E::Large(make(6), -3), E::Small(9), E::Boxed(Box::new([2; 50])), E::Empty];
    for e in es.iter() {
        match e { E::Large(b, k) => println!("large {} {}", sum(b), k), E::Small(v) => println!("small {}", v), E::Boxed(bx) => println!("boxed {}", bx[49]), E::Empty => println!("empty") }
    }
    let w = W { b: make(7), s: String::from("w"), n: [1; 300] };
    println!("{} {} {}", sum(&w.b), w.s, w.n.iter().map(|&x| x as i64).sum::<i64>());
    let mut arr = [make(1), make(2)];
    arr = [arr[1]; 2];
    println!("{} {}", sum(&arr[0]), sum(&arr[1]));
    let mut pair = (make(8), make(9));
    pair = (pair.1, pair.0);
    println!("{} {}", sum(&pair.0), sum(&pair.1));
    let c = move || sum(&b1) + t.1 as i64;
    println!("{}", c());
    let grid = [[make(1); 3]; 2];
    println!("{}", sum(&grid[1][2]));
    let v = vec![make(2); 3];
    println!("{} {}", v.len(), sum(&v[2]));
    println!("{}", make(1) == make(1));
}
