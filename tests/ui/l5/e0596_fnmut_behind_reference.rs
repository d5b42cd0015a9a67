// A callee reached through a reference is called as what it refers to: an `FnMut` one needs a
// `&mut` (E0596, rustc's suggestion printed as a `= help:` line).
fn call_mut<F: FnMut(i32)>(f: &F) {
    f(1); //~ ERROR E0596
}

fn main() {
    let mut total = 0;
    call_mut(&|x| total += x);
    let n = 5;
    (n + 1)(2); //~ ERROR E0618
}
