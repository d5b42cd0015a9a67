// Vec<T> owns its values: dropping the vector drops them in order, then frees the buffer;
// pop/remove hand a value out; truncate/clear drop the tail; vec![x; n] clones n - 1 times and
// moves x in last; vec![x; 0] drops x; a vector of vectors drops outer to inner.
#[derive(Debug)]
struct Tr(u32);

impl Clone for Tr {
    fn clone(&self) -> Tr {
        println!("clone {}", self.0);
        Tr(self.0 + 100)
    }
}

impl Drop for Tr {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(n: u32) -> Vec<Tr> {
    let mut v = Vec::new();
    for i in 0..n {
        v.push(Tr(i));
    }
    v
}

fn main() {
    {
        let v = make(3);
        println!("made {}", v.len());
    }
    let mut v = make(5);
    let last = v.pop();
    println!("popped {:?}", last);
    let second = v.remove(1);
    println!("removed {:?}", second);
    v.truncate(2);
    println!("truncated");
    v.insert(1, Tr(42));
    v.clear();
    println!("cleared {}", v.len());
    let filled = vec![Tr(7); 3];
    println!("filled {}", filled.len());
    let none = vec![Tr(8); 0];
    println!("none {}", none.len());
    let listed = vec![Tr(20), Tr(21)];
    let nested = vec![make(2), listed];
    println!("nested {}", nested.len());
    let copy = filled.clone();
    println!("copied {}", copy.len());
    drop(nested);
    println!("end");
}
