// `as` only converts between primitive scalars: a tuple is a non-primitive cast.
fn main() {
    let t = (1, 2);
    let n = t as i32; //~ ERROR E0605
    println!("{}", n);
}
