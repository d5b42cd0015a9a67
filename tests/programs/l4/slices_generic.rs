// Slices in generic code: `&[T]` parameters, generic structs over slices, bounds on `T`.
use std::ops::Add;

fn sum<T: Copy + Add<Output = T>>(s: &[T], zero: T) -> T {
    let mut total = zero;
    let mut i = 0;
    while i < s.len() {
        total = total + s[i];
        i += 1;
    }
    total
}

fn largest<T: PartialOrd + Copy>(s: &[T]) -> Option<T> {
    let mut best = match s.first() {
        Some(x) => *x,
        None => return None,
    };
    for i in 1..s.len() {
        if s[i] > best {
            best = s[i];
        }
    }
    Some(best)
}

fn count<T: PartialEq>(s: &[T], x: &T) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] == *x {
            n += 1;
        }
        i += 1;
    }
    n
}

struct Window<'a, T> {
    items: &'a [T],
    start: usize,
}

impl<'a, T: Copy> Window<'a, T> {
    fn current(&self) -> Option<T> {
        match self.items.get(self.start) {
            Some(x) => Some(*x),
            None => None,
        }
    }
}

fn main() {
    println!("{}", sum(&[1, 2, 3], 0));
    println!("{}", sum(&[1.5, 2.25], 0.0));
    let bytes: [u8; 3] = [7, 8, 9];
    println!("{}", sum(&bytes[1..], 0));
    println!("{:?} {:?}", largest(&[3, 9, 2]), largest::<i64>(&[]));
    println!("{:?}", largest(&['x', 'b']));
    println!("{}", count(&[1, 2, 1, 1], &1));
    println!("{}", count(&["a", "b", "a"], &"a"));
    let w = Window { items: &[10, 20, 30], start: 1 };
    println!("{:?}", w.current());
    let w2 = Window { items: &bytes, start: 5 };
    println!("{:?}", w2.current());
}
