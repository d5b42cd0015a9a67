// `break` outside of a loop.
fn main() {
    let n = 5;
    if n > 3 {
        break; //~ ERROR E0268
    }
    println!("{}", n);
}
