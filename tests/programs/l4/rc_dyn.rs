// Rc<dyn Trait>: unsizing at a let, returns, branches and vec elements, virtual calls (default
// methods too), counts, Weak<dyn Trait>, drop of the value through the vtable and of the block
// with its size and alignment from the vtable, Rc<RefCell<Vec<Rc<dyn Shape>>>>.
use std::cell::RefCell;
use std::rc::{Rc, Weak};

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
}

struct Circle {
    r: f64,
}

struct Square(f64, &'static str);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> String {
        String::from("circle")
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

impl Drop for Square {
    fn drop(&mut self) {
        println!("drop square {}", self.1);
    }
}

fn total(shapes: &[Rc<dyn Shape>]) -> f64 {
    let mut sum = 0.0;
    let mut i = 0;
    while i < shapes.len() {
        sum += shapes[i].area();
        i += 1;
    }
    sum
}

fn make(big: bool) -> Rc<dyn Shape> {
    if big {
        Rc::new(Square(10.0, "big"))
    } else {
        Rc::new(Circle { r: 1.0 })
    }
}

fn main() {
    let c: Rc<dyn Shape> = Rc::new(Circle { r: 2.0 });
    let s: Rc<dyn Shape> = Rc::new(Square(3.0, "s"));
    println!("{} {} {} {}", c.area(), c.name(), s.area(), s.name());
    let s2 = Rc::clone(&s);
    println!("count {}", Rc::strong_count(&s));
    let v = vec![c.clone(), s2, make(true), make(false)];
    println!("total {}", total(&v));
    let w: Weak<dyn Shape> = Rc::downgrade(&s);
    println!("weak {} {}", Rc::weak_count(&s), w.upgrade().is_some());
    drop(v);
    println!("after v: {}", Rc::strong_count(&s));
    drop(s);
    println!("after s: {}", w.upgrade().is_none());
    let concrete = Rc::new(Square(1.5, "coerced"));
    let as_dyn: Rc<dyn Shape> = concrete.clone();
    println!("{} {}", as_dyn.area(), Rc::strong_count(&concrete));
    let shared: Rc<RefCell<Vec<Rc<dyn Shape>>>> = Rc::new(RefCell::new(Vec::new()));
    shared.borrow_mut().push(as_dyn);
    shared.borrow_mut().push(Rc::new(Circle { r: 0.5 }));
    println!("{}", shared.borrow().len());
    println!("{}", shared.borrow()[1].area());
}
