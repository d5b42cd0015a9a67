//@ exit-code: 101
// Vec::remove past the end panics with std's message at the caller's location, and the
// vector's values are still dropped while unwinding.
struct Tr(u32);

impl Drop for Tr {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut v = vec![Tr(1), Tr(2)];
    let t = v.remove(0);
    println!("removed {}", t.0);
    v.remove(3);
}
