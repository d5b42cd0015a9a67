//@ exit-code: 101
// Vec::insert past the length panics with std's message at the caller's location.
fn main() {
    let mut v = vec![1, 2, 3];
    v.insert(3, 4);
    println!("{:?}", v.last());
    v.insert(9, 5);
}
