//@ exit-code: 101
// v[i] past the end panics with the indexing message at the indexing expression.
fn main() {
    let v = vec![10, 20, 30];
    let i = v.len();
    println!("{}", v[i - 1]);
    println!("{}", v[i]);
}
