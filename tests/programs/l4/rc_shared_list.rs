// The book's shared list (ch15-04/05): `Rc::clone(&value)` coerces `&Rc<RefCell<{integer}>>`
// to a parameter type that still has inference variables in it (this crashed the checker's
// deref-coercion probe once, recursing forever on two unsolved variables).
use std::cell::RefCell;
use std::rc::Rc;

enum List {
    Cons(Rc<RefCell<i32>>, Rc<List>),
    Nil,
}

fn sum(list: &List) -> i32 {
    match list {
        List::Cons(value, rest) => *value.borrow() + sum(rest),
        List::Nil => 0,
    }
}

fn main() {
    let value = Rc::new(RefCell::new(5));
    let a = Rc::new(List::Cons(Rc::clone(&value), Rc::new(List::Nil)));
    let b = List::Cons(Rc::new(RefCell::new(3)), Rc::clone(&a));
    let c = List::Cons(Rc::new(RefCell::new(4)), Rc::clone(&a));
    *value.borrow_mut() += 10;
    println!("{} {} {}", sum(&a), sum(&b), sum(&c));
    println!("{} {}", Rc::strong_count(&a), Rc::strong_count(&value));
    let shared = Rc::new(vec![1, 2, 3]);
    let other = Rc::clone(&shared);
    let mut total = 0;
    for x in other.iter() {
        total += x;
    }
    for x in &*shared {
        total += x;
    }
    println!("{}", total);
}
