// Calling a method that the struct's impl does not define.
struct Counter {
    n: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.n
    }
}

fn main() {
    let c = Counter { n: 1 };
    println!("{}", c.get());
    c.reset(); //~ ERROR E0599
}
