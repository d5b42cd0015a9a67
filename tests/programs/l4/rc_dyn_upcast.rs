// Rc<dyn Sub> upcast to Rc<dyn Super>, Weak<T> to Weak<dyn Trait>, a generic function unsizing
// Rc<T>, and a 16-byte-aligned value behind a fat Rc.
use std::rc::{Rc, Weak};
use std::cell::RefCell;
trait Named { fn name(&self) -> String; }
trait Loud: Named { fn shout(&self) -> String { let mut s = self.name(); s.push('!'); s } }
struct Dog;
impl Named for Dog { fn name(&self) -> String { String::from("dog") } }
impl Loud for Dog {}
struct Wide(u128);
impl Named for Wide { fn name(&self) -> String { format!("wide {}", self.0) } }
fn as_dyn<T: Named + 'static>(x: Rc<T>) -> Rc<dyn Named> { x }
fn main() {
    let l: Rc<dyn Loud> = Rc::new(Dog);
    println!("{}", l.shout());
    let n: Rc<dyn Named> = l.clone();
    println!("{} {}", n.name(), Rc::strong_count(&l));
    let w = Rc::new(Wide(7));
    let wd: Weak<Wide> = Rc::downgrade(&w);
    let wn: Weak<dyn Named> = wd.clone();
    println!("{}", wn.upgrade().unwrap().name());
    let g = as_dyn(Rc::new(Wide(9)));
    println!("{} {}", g.name(), Rc::ptr_eq(&g, &g.clone()));
    let cell: Rc<RefCell<Vec<i32>>> = Rc::new(RefCell::new(vec![]));
    cell.borrow_mut().push(1);
    println!("{:?}", cell);
}
