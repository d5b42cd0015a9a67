// A closure that only compares a captured value (`s == "Zz9"`, `p < q`) borrows it: comparison
// operators take their operands by reference (bug 39: ToyRust moved `s` into the closure, a false
// E0382 at the later use). `t += "b"` (String's AddAssign<&str>) borrows `t` mutably.
#[derive(PartialEq, PartialOrd, Debug)]
struct P(i32);
fn main() {
    let s = String::from("Zz9");
    let p = P(3);
    let q = P(4);
    let f = || (s == "Zz9", s != "x", p < q, p == P(3));
    println!("{:?}", f());
    println!("{} {:?} {:?}", s, p, q);
    let mut t = String::from("a");
    let mut g = || t += "b";
    g();
    println!("{}", t);
}
