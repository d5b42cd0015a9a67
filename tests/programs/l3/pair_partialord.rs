// A generic Pair with methods that need PartialOrd, used at several types, plus a
// `cmp_display` that requires two independent bounds.
use std::fmt::Debug;

#[derive(Debug, Clone, Copy)]
struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

impl<T: PartialOrd + Copy> Pair<T> {
    fn max(&self) -> T {
        if self.x > self.y { self.x } else { self.y }
    }

    fn min(&self) -> T {
        if self.x < self.y { self.x } else { self.y }
    }

    fn sorted(self) -> Self {
        Self::new(self.min(), self.max())
    }

    fn contains(&self, v: T) -> bool {
        let s = self.sorted();
        s.x <= v && v <= s.y
    }
}

impl<T: PartialOrd + Debug> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("the largest member is x = {:?}", self.x);
        } else {
            println!("the largest member is y = {:?}", self.y);
        }
    }
}

fn main() {
    let p = Pair::new(5, 10);
    p.cmp_display();
    println!("{} {} {:?}", p.max(), p.min(), p.sorted());
    let q = Pair::new(-1.5, -2.5);
    q.cmp_display();
    println!("{:?} {}", q.sorted(), q.contains(-2.0));
    let r = Pair::new('m', 'c');
    r.cmp_display();
    println!("{} {}", r.contains('d'), r.contains('z'));
    let s = Pair::new(Some(3), None);
    s.cmp_display();
    println!("{:?}", s.max());
    let t = Pair::new(Pair::new(1, 2), Pair::new(1, 1));
    println!("{} {}", t.x.max(), t.y.min());
    let u = Pair::new(true, false);
    println!("{:?} {}", u.sorted(), u.contains(false));
}
