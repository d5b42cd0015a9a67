// Bounds written in `where` clauses, on functions and on impl blocks, mixed with inline bounds.
use std::ops::Add;

fn sum3<T>(a: T, b: T, c: T) -> T
where
    T: Add<Output = T> + Copy,
{
    a + b + c
}

fn describe<T, U>(t: T, u: U) -> bool
where
    T: PartialOrd + Copy,
    U: PartialEq,
{
    t > t && u == u || t <= t
}

struct Range<T> {
    lo: T,
    hi: T,
}

impl<T> Range<T>
where
    T: PartialOrd + Copy,
{
    fn contains(&self, x: T) -> bool {
        self.lo <= x && x < self.hi
    }

    fn widen(&self, other: &Range<T>) -> Range<T> {
        let lo = if other.lo < self.lo { other.lo } else { self.lo };
        let hi = if other.hi > self.hi { other.hi } else { self.hi };
        Range { lo, hi }
    }
}

fn count_inside<T: PartialOrd + Copy>(r: &Range<T>, xs: [T; 4]) -> u32
where
    T: std::fmt::Debug,
{
    let mut n = 0;
    for i in 0..4 {
        if r.contains(xs[i]) {
            println!("  {:?} inside", xs[i]);
            n += 1;
        }
    }
    n
}

fn main() {
    println!("{}", sum3(1, 2, 3));
    println!("{}", sum3(1.5, 2.25, 3.0));
    println!("{}", sum3(100u64, 200, 300));
    println!("{}", describe(1, 'c'));
    let a = Range { lo: 0, hi: 10 };
    let b = Range { lo: -5, hi: 3 };
    let w = a.widen(&b);
    println!("widened: {}..{}", w.lo, w.hi);
    println!("count = {}", count_inside(&w, [-6, -5, 9, 10]));
    let c = Range { lo: 'a', hi: 'n' };
    println!("count = {}", count_inside(&c, ['a', 'm', 'n', 'z']));
}
