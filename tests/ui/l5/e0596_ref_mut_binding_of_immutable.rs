// `ref mut` in a pattern borrows its part of the matched place mutably: the place must be
// mutable. rustc names the variable, or, in a closure that captures the place, only the place
// (and the closure, made `FnMut` by the borrow, needs a `mut` binding to be called).
fn main() {
    let t = (1, 2);
    let (ref mut a, _) = t; //~ ERROR E0596
    *a += 1;
    let p = (String::from("p"), 3);
    match p {
        (_, ref mut n) => *n += 1, //~ ERROR E0596
    }
    let q = (4, 5);
    let c = || {
        let (ref mut b, _) = q; //~ ERROR E0596
        *b += 1;
    };
    c(); //~ ERROR E0596
    let mut m = (6, 7);
    let (ref mut fine, _) = m;
    *fine += 1;
    let r = &mut m;
    if let (ref mut also_fine, _) = *r {
        *also_fine += 1;
    }
    println!("{} {}", m.0, p.0);
}
