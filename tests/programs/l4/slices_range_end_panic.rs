//@ exit-code: 101
// A range whose end is past the slice's length: "range end index … out of range".

fn main() {
    let a = [1, 2, 3];
    let s: &[i32] = &a;
    let end = a.len() + 2;
    println!("{:?}", &s[1..end - 2]);
    println!("{:?}", &s[1..end]);
}
