// A `&mut self` method called on a binding that is not `mut`.
struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn main() {
    let c = Counter { n: 1 };
    c.bump(); //~ ERROR E0596
    println!("{}", c.n);
}
