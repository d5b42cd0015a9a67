// The pattern of a `for` over a vector must be irrefutable, as over a range (E0005).
fn main() {
    let v = vec![Some(1), None];
    for Some(x) in &v { //~ ERROR E0005
        println!("{}", x);
    }
}
