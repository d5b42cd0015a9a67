//@ exit-code: 101
// `vec![x; n]` is std's `from_elem`: it reserves exactly n, writes n - 1 clones and moves x in
// last. When a clone panics, x is dropped first (it is `extend_with`'s parameter), then the
// vector with the clones already written, in order. A large `vec![false; n]` of a Copy value is
// one allocation of exactly n.
use std::cell::Cell;
use std::rc::Rc;

// Clones itself with ids 10 × the original's plus a count, and panics on the third clone.
struct Tr(u32, Rc<Cell<u32>>);

impl Clone for Tr {
    fn clone(&self) -> Tr {
        let n = self.1.get() + 1;
        self.1.set(n);
        if n == 3 {
            panic!("no third clone of {}", self.0);
        }
        println!("clone {}", self.0);
        Tr(self.0 * 10 + n, Rc::clone(&self.1))
    }
}

impl Drop for Tr {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Counted(u32);

impl Clone for Counted {
    fn clone(&self) -> Counted {
        Counted(self.0 + 1)
    }
}

fn main() {
    let flags = vec![false; 1_000_003];
    let mut set = 0;
    let mut i = 0;
    while i < flags.len() {
        if flags[i] {
            set += 1;
        }
        i += 1;
    }
    println!("{} {} {}", flags.len(), flags.capacity(), set);
    let bytes = vec![7u8; 33];
    println!("{} {} {}", bytes.len(), bytes.capacity(), bytes[32]);
    let counted = vec![Counted(1); 4];
    println!("{} {} {} {}", counted[0].0, counted[1].0, counted[3].0, counted.capacity());
    let ok = vec![Tr(1, Rc::new(Cell::new(0))); 3];
    println!("{} {} {}", ok[0].0, ok[2].0, ok.capacity());
    let _fails = vec![Tr(2, Rc::new(Cell::new(0))); 5];
    println!("unreachable");
}
