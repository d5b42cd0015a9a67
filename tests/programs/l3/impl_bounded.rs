// `impl<T: Bound> S<T>`: methods that only exist when T satisfies the bound, next to an
// unbounded impl block for the same struct.
use std::fmt::Debug;

struct Pair<T> {
    x: T,
    y: T,
}

impl<T> Pair<T> {
    fn new(x: T, y: T) -> Self {
        Self { x, y }
    }
}

impl<T: PartialOrd + Copy + Debug> Pair<T> {
    fn largest(&self) -> T {
        if self.x >= self.y { self.x } else { self.y }
    }

    fn smallest(&self) -> T {
        if self.x <= self.y { self.x } else { self.y }
    }

    fn ordered(&self) -> Pair<T> {
        Pair::new(self.smallest(), self.largest())
    }

    fn show(&self) {
        println!("({:?}, {:?})", self.x, self.y);
    }
}

impl<T: PartialEq> Pair<T> {
    fn is_twin(&self) -> bool {
        self.x == self.y
    }
}

fn main() {
    let p = Pair::new(9, 4);
    println!("{} {}", p.largest(), p.smallest());
    p.ordered().show();
    println!("{}", p.is_twin());

    let f = Pair::new(-0.5, 0.25);
    f.ordered().show();
    let c = Pair::new('q', 'q');
    println!("{} {}", c.largest(), c.is_twin());
    c.show();

    // Pair<(i32, i32)>: tuples compare lexicographically
    let t = Pair::new((1, 9), (2, 0));
    println!("{:?}", t.largest());
    t.ordered().show();
}
