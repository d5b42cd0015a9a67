// A deferred `let` may be assigned once on each path; here twice on one path.
fn main() {
    let x: i32;
    x = 1;
    println!("{}", x);
    x = 2; //~ ERROR E0384
    println!("{}", x);
}
