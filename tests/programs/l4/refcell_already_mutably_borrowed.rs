//@ exit-code: 101
// borrow while a mutable borrow lives panics with std's message.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let c = Rc::new(RefCell::new(String::from("x")));
    let d = Rc::clone(&c);
    let mut m = c.borrow_mut();
    m.push_str("yz");
    println!("{} {}", m, Rc::strong_count(&d));
    let r = d.borrow();
    println!("unreachable {}", r);
}
