// Closures taking references (`F: FnMut(&mut Point)`, `F: Fn(&Point) -> i32`), capturing a struct
// and an i128 by reference and by value, and a `move` closure in a generic function (one per T).
#[derive(Debug, Clone)]
struct Point { x: i32, y: i32 }
fn apply_all<F: FnMut(&mut Point)>(ps: &mut Vec<Point>, mut f: F) {
    let mut i = 0;
    while i < ps.len() { f(&mut ps[i]); i += 1; }
}
fn sum_by<F: Fn(&Point) -> i32>(ps: &Vec<Point>, f: F) -> i32 {
    let mut t = 0;
    for p in ps { t += f(p); }
    t
}
fn make_and_call<T: std::fmt::Debug + Clone>(v: T) -> String {
    let show = move |prefix: &str| format!("{}{:?}", prefix, v.clone());
    show("v=")
}
fn main() {
    let mut ps = vec![Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let dx = 10;
    let mut calls = 0;
    apply_all(&mut ps, |p| { p.x += dx; calls += 1; });
    println!("{:?} {}", ps, calls);
    println!("{}", sum_by(&ps, |p| p.x * p.y));
    let origin = Point { x: 0, y: 0 };
    println!("{}", sum_by(&ps, |p| (p.x - origin.x) * 2 + (p.y - origin.y)));
    println!("{}", make_and_call(vec![1, 2]));
    println!("{}", make_and_call(Point { x: 5, y: 6 }));
    let big: i128 = 1 << 100;
    let f = move |s: u8| big >> s;
    println!("{}", f(90));
}
