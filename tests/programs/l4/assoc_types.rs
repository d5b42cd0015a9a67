// Associated types: declared in a trait, given by impls, named as `Self::Item`, `T::Item`,
// `<T as Trait>::Item`, fixed by a bound (`Container<Item = i32>`), and used by the operator
// traits' `Output` (`fn add(self, rhs: Rhs) -> Self::Output`).
use std::ops::{Add, Mul, Neg};

trait Container {
    type Item;
    fn get(&self, i: usize) -> Self::Item;
    fn first(&self) -> Self::Item {
        self.get(0)
    }
    fn size(&self) -> usize;
}

struct Numbers {
    values: [i32; 4],
}

impl Container for Numbers {
    type Item = i32;
    fn get(&self, i: usize) -> i32 {
        self.values[i]
    }
    fn size(&self) -> usize {
        4
    }
}

struct Letters {
    base: u8,
}

impl Container for Letters {
    type Item = char;
    fn get(&self, i: usize) -> Self::Item {
        (self.base + i as u8) as char
    }
    fn size(&self) -> usize {
        3
    }
}

struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Copy> Container for Pair<T> {
    type Item = (T, usize);
    fn get(&self, i: usize) -> (T, usize) {
        if i == 0 { (self.a, i) } else { (self.b, i) }
    }
    fn size(&self) -> usize {
        2
    }
}

fn last<C: Container>(c: &C) -> C::Item {
    c.get(c.size() - 1)
}

fn both<C>(c: &C) -> (<C as Container>::Item, C::Item)
where
    C: Container,
{
    let x: C::Item = c.first();
    (x, last(c))
}

fn sum_all<C: Container<Item = i32>>(c: &C) -> i32 {
    let mut total = 0;
    let mut i = 0;
    while i < c.size() {
        total += c.get(i);
        i += 1;
    }
    total
}

#[derive(Clone, Copy, Debug, PartialEq)]
struct V(i32, i32);

impl Add for V {
    type Output = V;
    fn add(self, rhs: V) -> Self::Output {
        V(self.0 + rhs.0, self.1 + rhs.1)
    }
}

impl Mul<i32> for V {
    type Output = i64;
    fn mul(self, k: i32) -> i64 {
        (self.0 * k + self.1 * k) as i64
    }
}

impl Neg for V {
    type Output = V;
    fn neg(self) -> V {
        V(-self.0, -self.1)
    }
}

fn add_all<T: Add<Output = T> + Copy>(xs: [T; 3]) -> T {
    xs[0] + xs[1] + xs[2]
}

fn scaled<T: Mul<i32>>(x: T) -> T::Output {
    x * 3
}

fn twice<T>(x: T) -> <T as Add>::Output
where
    T: Add + Copy,
{
    x + x
}

fn main() {
    let n = Numbers { values: [3, 1, 4, 1] };
    let l = Letters { base: b'x' };
    let p = Pair { a: 2.5, b: -1.0 };
    println!("{} {} {}", n.first(), n.get(2), last(&n));
    println!("{} {}", l.first(), last(&l));
    let (f, z) = both(&p);
    println!("{:?} {:?}", f, z);
    println!("{:?}", both(&l));
    println!("{}", sum_all(&n));
    let v = V(1, 2) + V(10, 20);
    println!("{:?} {:?}", v, -v);
    let k: i64 = v * 2;
    println!("{}", k);
    println!("{:?} {}", add_all([V(1, 1), V(2, 2), V(3, 3)]), add_all([1.5, 2.0, 0.25]));
    println!("{} {}", scaled(V(1, 1)), scaled(7));
    println!("{:?} {}", twice(V(4, 5)), twice(21));
    let item: <Numbers as Container>::Item = n.get(1);
    println!("{}", item);
}
