// Methods taking &self, &mut self and self; method chains; a method calling another method.
struct Counter {
    count: u32,
    step: u32,
}

impl Counter {
    fn get(&self) -> u32 {
        self.count
    }

    fn tick(&mut self) {
        self.count += self.step;
    }

    fn tick_n(&mut self, n: u32) {
        for _ in 0..n {
            self.tick();
        }
    }

    fn is_past(&self, limit: u32) -> bool {
        self.get() > limit
    }

    fn into_total(self) -> u32 {
        self.count * 100
    }

    fn with_step(self, step: u32) -> Counter {
        Counter { count: self.count, step }
    }
}

fn main() {
    let mut c = Counter { count: 0, step: 2 };
    c.tick();
    println!("{}", c.get());
    c.tick_n(4);
    println!("{} {}", c.get(), c.is_past(9));
    let mut d = c.with_step(5);
    d.tick();
    println!("{}", d.get());
    println!("{}", d.into_total());
}
