// {:?} and {:#?} of Cell, RefCell (also while borrowed: shared borrows still print the value,
// a mutable one prints <borrowed>), Rc<RefCell<..>>, Ref and RefMut, with a width and nested.
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Holder {
    count: Cell<u8>,
    items: RefCell<Vec<i32>>,
}

fn main() {
    let c = Cell::new(5);
    println!("{:?}", c);
    c.set(-7);
    println!("{:#?}", c);
    println!("[{:>6?}]", Cell::new(42));
    println!("{:?}", Cell::new((1, 'a', true)));
    println!("{:?}", Cell::new("text"));

    let r = RefCell::new(vec![1, 2]);
    println!("{:?}", r);
    println!("{:#?}", r);
    {
        let m = r.borrow_mut();
        println!("{:?}", r);
        println!("{:#?}", r);
        println!("{:?}", m);
    }
    {
        let a = r.borrow();
        let b = r.borrow();
        println!("{:?} {:?} {:?}", r, a, b);
    }
    r.borrow_mut().push(3);
    println!("{:?}", r);

    let shared = Rc::new(RefCell::new(Point { x: 3, y: 4 }));
    let other = Rc::clone(&shared);
    other.borrow_mut().x += 10;
    println!("{:?}", shared);
    println!("{:#?}", other);
    println!("{:?}", shared.borrow());
    println!("{:#?}", shared.borrow_mut());

    let h = Holder { count: Cell::new(2), items: RefCell::new(vec![]) };
    h.items.borrow_mut().push(9);
    println!("{:?}", h);
    let guard = h.items.borrow_mut();
    println!("{:#?}", h);
    drop(guard);
    println!("{:?}", Some(RefCell::new(Cell::new(1))));
}
