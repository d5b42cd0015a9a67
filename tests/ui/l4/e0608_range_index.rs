// Ranges index slices and arrays; a tuple cannot be indexed.
fn main() {
    let t = (1, 2);
    let x = &t[0..1]; //~ ERROR E0608
}
