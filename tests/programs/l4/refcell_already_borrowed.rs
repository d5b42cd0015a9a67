//@ exit-code: 101
// borrow_mut while a shared borrow lives panics with std's message at the caller; the Ref is
// dropped while unwinding.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2, 3]);
    {
        let m = c.borrow_mut();
        println!("mutable {}", m.len());
    }
    let r = c.borrow();
    println!("shared {}", r[0]);
    let w = c.borrow_mut();
    println!("unreachable {}", w.len());
}
