// A `Weak` is no pointer to its value: it has no `borrow`, and no `len` of what it points to;
// `Rc::upgrade` does not exist (it is `Weak::upgrade`).
use std::cell::RefCell;
use std::rc::{Rc, Weak};

fn main() {
    let rc = Rc::new(RefCell::new(vec![1, 2]));
    let weak: Weak<RefCell<Vec<i32>>> = Rc::downgrade(&rc);
    let n = weak.len(); //~ ERROR E0599
    let up = rc.upgrade(); //~ ERROR E0599
    println!("{} {:?}", n, up);
}
