// `impl<T> S<T>` with methods, associated functions (`Self::new`, `Stack::new(..)`) and
// methods that consume, borrow and mutate self.
#[derive(Debug)]
struct Wrapper<T> {
    value: T,
    reads: u32,
}

impl<T> Wrapper<T> {
    fn new(value: T) -> Self {
        Wrapper { value, reads: 0 }
    }

    fn with_reads(value: T, reads: u32) -> Self {
        let mut w = Self::new(value);
        w.reads = reads;
        w
    }

    fn get(&mut self) -> &T {
        self.reads += 1;
        &self.value
    }

    fn set(&mut self, value: T) {
        self.value = value;
    }

    fn into_inner(self) -> T {
        self.value
    }

    fn reads(&self) -> u32 {
        self.reads
    }
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T> Pair<T> {
    fn new(a: T, b: T) -> Pair<T> {
        Pair { a, b }
    }

    fn swapped(self) -> Pair<T> {
        Pair::new(self.b, self.a)
    }
}

fn main() {
    let mut w = Wrapper::new(10);
    println!("{}", w.get());
    w.set(20);
    println!("{}", *w.get() + 1);
    println!("reads {}", w.reads());
    println!("{:?}", w);
    println!("{}", w.into_inner());

    let mut c = Wrapper::with_reads('c', 5);
    c.set('d');
    let got = *c.get();
    println!("{} {}", got, c.reads());

    let b = Wrapper::<bool>::new(true);
    println!("{:?}", b);

    let p = Pair::new(1, 2);
    let s = p.swapped();
    println!("{} {}", s.a, s.b);
    let q = Pair::new(1.5, -0.5).swapped();
    println!("{} {}", q.a, q.b);
}
