// Weak: new (points nowhere), downgrade, upgrade, strong/weak counts from both sides, clones,
// the value dropped with the last Rc while Weaks keep the block, Rc::try_unwrap, ptr_eq, {:?}.
use std::rc::{Rc, Weak};

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn describe(w: &Weak<Noisy>) {
    match w.upgrade() {
        Some(rc) => println!("alive: {} (strong {}, weak {})", rc.0, Rc::strong_count(&rc), Rc::weak_count(&rc)),
        None => println!("gone (strong {}, weak {})", w.strong_count(), w.weak_count()),
    }
}

fn main() {
    let empty: Weak<Noisy> = Weak::new();
    describe(&empty);
    println!("{:?}", empty);

    let a = Rc::new(Noisy("a"));
    let w1 = Rc::downgrade(&a);
    let w2 = w1.clone();
    println!("strong {} weak {}", Rc::strong_count(&a), Rc::weak_count(&a));
    println!("w1: strong {} weak {}", w1.strong_count(), w1.weak_count());
    describe(&w1);
    println!("ptr_eq {} {}", w1.ptr_eq(&w2), w1.ptr_eq(&empty));
    let b = Rc::clone(&a);
    println!("rc ptr_eq {}", Rc::ptr_eq(&a, &b));
    drop(a);
    describe(&w2);
    drop(b);
    println!("after the last Rc");
    describe(&w1);
    drop(w1);
    describe(&w2);

    // try_unwrap: Err while shared, Ok for the only one (a Weak then sees nothing).
    let c = Rc::new(Noisy("c"));
    let c2 = Rc::clone(&c);
    let c = match Rc::try_unwrap(c) {
        Ok(_) => unreachable!(),
        Err(c) => {
            println!("shared: strong {}", Rc::strong_count(&c));
            c
        }
    };
    drop(c2);
    let wc = Rc::downgrade(&c);
    match Rc::try_unwrap(c) {
        Ok(n) => println!("unwrapped {}", n.0),
        Err(_) => println!("still shared"),
    }
    println!("wc upgrades: {}", wc.upgrade().is_some());

    let numbers = Rc::new(vec![1, 2, 3]);
    let weak_numbers = Rc::downgrade(&numbers);
    if let Some(v) = weak_numbers.upgrade() {
        println!("len {} sum {}", v.len(), v[0] + v[1] + v[2]);
    }
    println!("{:?} {:?}", Rc::try_unwrap(numbers), weak_numbers.upgrade());
    let d: Weak<i32> = Default::default();
    println!("{:?}", d.upgrade());
}
