// Generic methods with their own type parameters, inside a generic impl and inside a
// plain impl, called with inference and with turbofish.
#[derive(Debug, Clone, Copy)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Copy> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }

    fn zip_with<U: Copy>(&self, other: Pair<U>) -> Pair<(T, U)> {
        Pair { a: (self.a, other.a), b: (self.b, other.b) }
    }

    fn tag<U>(&self, tag: U) -> (U, T) {
        (tag, self.a)
    }
}

struct Counter {
    calls: u32,
}

impl Counter {
    fn pick<T: PartialOrd>(&mut self, x: T, y: T) -> T {
        self.calls += 1;
        if x >= y { x } else { y }
    }

    fn make<T: Default>(&mut self) -> T {
        self.calls += 1;
        T::default()
    }
}

fn main() {
    let p = Pair::new(1, 2);
    let q = Pair::new('x', 'y');
    let z = p.zip_with(q);
    println!("{:?}", z);
    println!("{:?}", z.zip_with(Pair::new(true, false)));
    println!("{:?}", p.tag(0.5));
    println!("{:?}", q.tag::<u8>(7));
    let mut c = Counter { calls: 0 };
    println!("{}", c.pick(3, 9));
    println!("{}", c.pick(-0.5, -1.5));
    println!("{}", c.pick('a', 'b'));
    let d: u64 = c.make();
    let e = c.make::<bool>();
    println!("{} {} {}", d, e, c.calls);
}
