// A slice has no size known at compile time: it lives behind a pointer, never in a local.
fn main() {
    let a = [1, 2, 3];
    let s: &[i32] = &a;
    let whole = *s; //~ ERROR E0277
    println!("{}", s.len());
}
