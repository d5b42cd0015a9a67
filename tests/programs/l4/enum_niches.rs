// Enums with one variant with data and the others without are laid out as rustc lays them out:
// no tag, the other variants written into a niche of the data (a `bool`'s byte 2, a `char` over
// 0x10FFFF, a null reference, an unused tag value of an inner enum). Observable in a vector's
// growth: a `Vec<Option<bool>>` starts at capacity 8 as in rustc, not 4 (bug 34).
#[derive(Debug, Clone, Copy, PartialEq)]
enum Dir { N, E, S, W }
#[derive(Debug, Clone, PartialEq)]
enum Shape { Dot, Line(bool, i32), Empty }
#[derive(Debug)]
enum Tri { A, B(char), C, D }
#[derive(Debug, Clone, Copy, PartialEq)]
struct P { on: bool, d: Dir, x: i16 }
fn first<'a>(v: &'a [i32], k: i32) -> Option<&'a i32> { let mut i = 0; while i < v.len() { if v[i] > k { return Some(&v[i]); } i += 1; } None }
fn name(s: Option<&str>) -> &str { match s { Some(x) => x, None => "none" } }
fn main() {
    let xs = [Some(true), None, Some(false)];
    for x in xs.iter() { match x { Some(true) => println!("t"), Some(false) => println!("f"), None => println!("n") } }
    let nested: Vec<Option<Option<bool>>> = vec![None, Some(None), Some(Some(false)), Some(Some(true))];
    println!("{:?} {}", nested, nested.capacity());
    let dirs = vec![Some(Dir::W), None, Some(Dir::N), Some(Dir::E)];
    println!("{:?} {}", dirs, dirs[0] == Some(Dir::W));
    let shapes = vec![Shape::Dot, Shape::Line(true, -4), Shape::Empty, Shape::Line(false, 7)];
    for s in &shapes { match s { Shape::Dot => println!("dot"), Shape::Line(b, n) => println!("line {} {}", b, n), Shape::Empty => println!("empty") } }
    println!("{:?}", shapes);
    let t = [Tri::A, Tri::B('z'), Tri::C, Tri::D, Tri::B('\u{10FFFF}')];
    println!("{:?}", t);
    for x in &t { if let Tri::B(c) = x { println!("{}", *c as u32); } }
    let ps = vec![Some(P { on: false, d: Dir::S, x: -3 }), None];
    println!("{:?} {}", ps, ps.capacity());
    let v = [1, 5, 9];
    println!("{:?} {:?}", first(&v, 4), first(&v, 10));
    println!("{} {}", name(Some("hi")), name(None));
    let mut o: Option<&mut i32> = None;
    let mut z = 4;
    if o.is_none() { o = Some(&mut z); }
    if let Some(r) = o { *r += 1; }
    println!("{} {}", z, std::mem::size_of::<Option<&str>>());
    let mut e: Vec<Option<bool>> = Vec::new();
    let mut i = 0; while i < 10 { e.push(if i % 3 == 0 { None } else { Some(i % 2 == 0) }); i += 1; }
    println!("{:?} {}", e, e.capacity());
}
