// Rc (new, clone, strong_count, drop of the last one), RefCell (borrow, borrow_mut, several
// readers, through Rc), Cell (get, set), Rc<RefCell<Vec<..>>>, indexing and {} through Deref.
use std::cell::{Cell, RefCell};
use std::rc::Rc;


struct Node {
    value: i32,
    children: RefCell<Vec<Rc<Node>>>,
}

struct Tr(&'static str);
impl Drop for Tr {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let a = Rc::new(5);
    let b = Rc::clone(&a);
    println!("{} {} {}", a, *b + 1, Rc::strong_count(&a));
    {
        let c = a.clone();
        println!("count {} {}", Rc::strong_count(&c), c);
    }
    println!("count {}", Rc::strong_count(&a));

    let shared = Rc::new(RefCell::new(vec![1, 2]));
    let other = Rc::clone(&shared);
    other.borrow_mut().push(3);
    shared.borrow_mut().push(4);
    println!("len {} first {}", shared.borrow().len(), shared.borrow()[0]);
    {
        let r1 = shared.borrow();
        let r2 = shared.borrow();
        println!("two readers {} {}", r1.len(), r2[3]);
    }
    let cell = Cell::new(10);
    cell.set(cell.get() + 1);
    println!("cell {}", cell.get());

    let leaf = Rc::new(Node { value: 3, children: RefCell::new(vec![]) });
    let branch = Rc::new(Node { value: 5, children: RefCell::new(vec![Rc::clone(&leaf)]) });
    println!("leaf strong = {}, branch children = {}", Rc::strong_count(&leaf), branch.children.borrow().len());
    println!("{}", branch.children.borrow()[0].value + branch.value);

    let t = Rc::new(Tr("shared"));
    let t2 = t.clone();
    drop(t);
    println!("after first drop {}", Rc::strong_count(&t2));
    drop(t2);
    let s = RefCell::new(String::from("hi"));
    s.borrow_mut().push_str(" there");
    println!("{}", s.borrow());
    let count = Rc::new(Cell::new(0));
    let c2 = count.clone();
    c2.set(c2.get() + 5);
    println!("{}", count.get());
}
