// Bug 31 (docs/reliability.md): deref coercion where the expected referent is not known yet.
// `slen(&v)` with `fn slen<T>(s: &[T])` and `v: Vec<i64>` was E0308 "expected `&[_]`, found
// `&Vec<i64>`": the coercion only looked for fully known targets. rustc's autoderef tries each
// step (the type itself first) against the expected type; so does ToyRust now. Found while
// writing the heap rules of the program generator, which pass vectors to such a function.
use std::fmt::Debug;

fn slen<T>(s: &[T]) -> usize {
    s.len()
}

fn show<T: Debug>(s: &[T]) -> String {
    format!("{:?}", s)
}

fn zero_first<T: Default>(s: &mut [T]) {
    if !s.is_empty() {
        s[0] = T::default();
    }
}

// The type itself is the first step: `&Box<Box<i32>>` is a `&Box<T>` with T = Box<i32>, not a deref.
fn inner<T: Debug>(b: &Box<T>) -> String {
    format!("{:?}", b)
}

fn text<T: Debug>(s: &T) -> String {
    format!("{:?}", s)
}

fn main() {
    let v: Vec<i64> = vec![1, 2, 3];
    let words = vec![String::from("a"), String::from("b")];
    println!("{} {} {}", slen(&v), slen(&words), show(&words));
    let mut m = vec![5u8, 6, 7];
    zero_first(&mut m);
    println!("{:?}", m);
    let boxed: Box<Vec<i32>> = Box::new(vec![9, 8]);
    println!("{} {}", slen(&boxed), show(&boxed));
    let bb: Box<Box<i32>> = Box::new(Box::new(4));
    println!("{}", inner(&bb));
    let s = String::from("str");
    println!("{} {}", text(&s), text(&v));
    let empty: Vec<char> = Vec::new();
    println!("{} {}", slen(&empty), show(&empty));
}
