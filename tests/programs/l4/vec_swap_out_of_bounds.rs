//@ exit-code: 101
// swap checks both indices with the indexing message.
fn main() {
    let mut v = vec![1u8, 2, 3];
    v.swap(0, 2);
    println!("{:?} {:?}", v.first(), v.last());
    v.swap(1, 3);
}
