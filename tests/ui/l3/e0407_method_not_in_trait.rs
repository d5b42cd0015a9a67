// An impl that defines a method the trait does not declare.
trait Counter {
    fn count(&self) -> u32;
}

struct Clicks {
    n: u32,
}

impl Counter for Clicks {
    fn count(&self) -> u32 {
        self.n
    }
    fn reset(&mut self) { //~ ERROR E0407
        self.n = 0;
    }
}

fn main() {
    let c = Clicks { n: 3 };
    println!("{}", c.count());
}
