// `_` in types inside a function body is a type to infer: in a `let` annotation, in a turbofish
// (`collect::<Vec<_>>()`, the usual way to collect), in a tuple part and as a cast's target.
fn main() {
    let v: Vec<_> = (1..5i32).map(|x| x * 2).collect();
    let w = v.iter().map(|x| x + 1).collect::<Vec<_>>();
    let pairs = v.iter().zip(w.iter()).collect::<Vec<(_, _)>>();
    let p: (i32, _) = (1, "a");
    let z = 3u8 as _;
    let q: u32 = z;
    let e: Vec<_> = Vec::new();
    let mut e2 = e;
    e2.push(1i64);
    let words: Vec<_> = "a bb ccc".split_whitespace().collect();
    println!("{:?} {:?} {:?} {:?} {} {:?} {:?}", v, w, pairs, p, q, e2, words);
}
