//@ exit-code: 101
// A comparator that panics in the middle of a merge (more than 20 values): the unwinding drops
// the vector, and every value in it is dropped exactly once (none lost in the merge buffer, none
// twice), so the slice was still a permutation of its values. Where each value ended up is the
// sort's own business (std's differs), so the log is printed sorted, by a guard dropped last.
use std::cell::RefCell;
use std::rc::Rc;

struct Noisy {
    id: i32,
    log: Rc<RefCell<Vec<i32>>>,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        self.log.borrow_mut().push(self.id);
    }
}

struct Report {
    log: Rc<RefCell<Vec<i32>>>,
}

impl Drop for Report {
    fn drop(&mut self) {
        let mut dropped = self.log.borrow().clone();
        dropped.sort();
        println!("dropped {} values: {:?}", dropped.len(), dropped);
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let _report = Report { log: Rc::clone(&log) };
    let mut v = Vec::new();
    let mut i = 0;
    while i < 30 {
        v.push(Noisy { id: (i * 7) % 30, log: Rc::clone(&log) });
        i += 1;
    }
    let mut calls = 0;
    v.sort_by(|a, b| {
        calls += 1;
        if calls == 70 {
            panic!("comparator gave up after {} calls", calls);
        }
        a.id.cmp(&b.id)
    });
    println!("not reached {}", v.len());
}
