// {} of boxes (nested, behind a reference, of a String), of an Rc of a box, and of a generic
// Box<T: Display>: each prints what it points to, through the box's built-in deref or Deref.
use std::rc::Rc;
fn show<T: std::fmt::Display>(b: Box<T>) { println!("[{}] [{:>4}]", b, b); }
fn main() {
    let b = Box::new(5);
    let bb = Box::new(Box::new(2.5));
    let r = &Box::new('x');
    let s = Box::new(String::from("hi"));
    let rc = Rc::new(Box::new(7u8));
    println!("{} {} {} {} {:<4}| {}", b, bb, r, s, b, rc);
    show(Box::new(3));
}
