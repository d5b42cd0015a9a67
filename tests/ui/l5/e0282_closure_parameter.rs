// A closure parameter nothing gives a type to needs an annotation.
fn main() {
    let _g = |x| x; //~ ERROR E0282
}
