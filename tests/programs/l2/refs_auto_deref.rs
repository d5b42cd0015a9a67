// Auto-ref and auto-deref of method receivers: calling &self and &mut self methods on values,
// references and references to references; field access through references.
struct Cell {
    value: i64,
}

impl Cell {
    fn get(&self) -> i64 {
        self.value
    }

    fn set(&mut self, v: i64) {
        self.value = v;
    }

    fn add_to(&mut self, other: &Cell) {
        self.value += other.get();
    }
}

fn read(c: &Cell) -> i64 {
    c.get() + c.value
}

fn write(c: &mut Cell, v: i64) {
    c.set(v);
    c.value += 1;
}

fn main() {
    let mut c = Cell { value: 1 };
    c.set(10);
    println!("{}", c.get());
    let r = &c;
    println!("{} {}", r.get(), r.value);
    let rr = &r;
    println!("{} {}", rr.get(), rr.value);
    println!("{}", read(&c));
    write(&mut c, 20);
    println!("{}", c.get());
    let m = &mut c;
    m.set(m.get() * 2);
    println!("{}", m.value);
    let other = Cell { value: 5 };
    c.add_to(&other);
    println!("{}", c.get());
    println!("{}", (&&other).get());
}
