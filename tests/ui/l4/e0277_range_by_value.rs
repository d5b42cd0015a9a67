// `a[1..]` is a place of type `[i32]`: borrow it (`&a[1..]`); it cannot be moved into a local.
fn main() {
    let a: [i32; 3] = [1, 2, 3];
    let part = a[1..]; //~ ERROR E0277
    println!("{}", a.len());
}
