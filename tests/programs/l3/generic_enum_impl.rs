// Methods on a generic enum (`impl<T> Shape<T>`), and trait impls for a generic enum
// bounded on the type parameter.
use std::ops::{Add, Mul};

#[derive(Debug, Clone, Copy)]
enum Measure<T> {
    Single(T),
    Pair(T, T),
    Scaled { base: T, times: T },
}

impl<T: Copy + Add<Output = T> + Mul<Output = T>> Measure<T> {
    fn total(&self) -> T {
        match *self {
            Measure::Single(x) => x,
            Measure::Pair(a, b) => a + b,
            Measure::Scaled { base, times } => base * times,
        }
    }

    fn doubled(self) -> Measure<T> {
        match self {
            Measure::Single(x) => Measure::Pair(x, x),
            Measure::Pair(a, b) => Measure::Pair(a + a, b + b),
            Measure::Scaled { base, times } => Measure::Scaled { base: base + base, times },
        }
    }
}

trait Kind {
    fn kind(&self) -> u8;
}

impl<T> Kind for Measure<T> {
    fn kind(&self) -> u8 {
        match self {
            Measure::Single(_) => 1,
            Measure::Pair(..) => 2,
            Measure::Scaled { .. } => 3,
        }
    }
}

fn kinds<K: Kind>(a: &K, b: &K) -> u8 {
    a.kind() * 10 + b.kind()
}

fn main() {
    let ms = [Measure::Single(5), Measure::Pair(2, 3), Measure::Scaled { base: 4, times: 6 }];
    for i in 0..3 {
        let d = ms[i].doubled();
        println!("{:?} total {} -> {:?} total {}", ms[i], ms[i].total(), d, d.total());
    }
    let f = Measure::Scaled { base: 1.5, times: 2.0 };
    println!("{} {}", f.total(), f.doubled().total());
    println!("{}", kinds(&ms[0], &ms[2]));
    println!("{}", kinds(&Measure::Pair('a', 'b'), &Measure::Single('c')));
}
