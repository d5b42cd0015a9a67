// `&mut dyn Trait`: mutation through the vtable, reborrowed receivers, and `&mut T` coerced to
// both `&mut dyn Trait` and `&dyn Trait`.
trait Counter {
    fn bump(&mut self, by: u32);
    fn get(&self) -> u32;
    fn reset(&mut self) {
        let now = self.get();
        self.bump(u32::MAX - now);
        self.bump(1);
    }
}

struct Simple {
    n: u32,
}

struct Wrapping {
    n: u8,
    laps: u32,
}

impl Counter for Simple {
    fn bump(&mut self, by: u32) {
        self.n = if by > u32::MAX - self.n { by - (u32::MAX - self.n) - 1 } else { self.n + by };
    }
    fn get(&self) -> u32 {
        self.n
    }
}

impl Counter for Wrapping {
    fn bump(&mut self, by: u32) {
        let total = self.n as u32 + by;
        self.laps += total / 256;
        self.n = (total % 256) as u8;
    }
    fn get(&self) -> u32 {
        self.laps * 1000 + self.n as u32
    }
    fn reset(&mut self) {
        self.n = 0;
        self.laps = 0;
    }
}

fn bump_twice(c: &mut dyn Counter, by: u32) {
    c.bump(by);
    c.bump(by);
}

fn show(c: &dyn Counter) -> u32 {
    c.get()
}

fn main() {
    let mut s = Simple { n: 5 };
    let mut w = Wrapping { n: 250, laps: 0 };
    bump_twice(&mut s, 10);
    bump_twice(&mut w, 10);
    println!("{} {}", show(&s), show(&w));
    {
        let all: [&mut dyn Counter; 2] = [&mut s, &mut w];
        for i in 0..2 {
            all[i].bump(300);
            println!("now {}", all[i].get());
            all[i].reset();
            println!("reset {}", all[i].get());
        }
    }
    let m: &mut dyn Counter = &mut w;
    m.bump(7);
    let seen: &dyn Counter = &mut s;
    println!("{} {}", m.get(), seen.get());
}
