// `str::len` (in bytes), `is_empty` and `as_bytes`, written in the prelude over the slice ones.

fn describe(s: &str) -> usize {
    if s.is_empty() { 0 } else { s.len() }
}

fn main() {
    let s = "héllo";
    let e = "";
    println!("{} {} {} {}", s.len(), s.is_empty(), e.len(), e.is_empty());
    println!("{:?}", s.as_bytes());
    let b: &[u8] = "ab".as_bytes();
    println!("{} {:?}", b[1], &b[..1]);
    println!("{} {}", describe("abc"), describe(""));
}
