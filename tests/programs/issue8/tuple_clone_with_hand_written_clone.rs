// Issue 8, bug 2 (a false E0599 before): a tuple holding a type with a hand-written Clone is
// Clone, and its clone calls the hand-written one.
struct Inner(i32);

impl Clone for Inner {
    fn clone(&self) -> Inner {
        println!("cloning Inner({})", self.0);
        Inner(self.0)
    }
}

fn main() {
    let t = (Inner(5), 1);
    let u = t.clone();
    println!("{}", u.0 .0);
}
