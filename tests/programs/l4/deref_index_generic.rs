// Generic code through `Deref`/`DerefMut` bounds (a binding of the supertrait's `Target` on
// `DerefMut`), indexing and `len` autoderef to an array, an `Index` whose output is an array
// indexed again, a `&mut self` method through `DerefMut`, and a three-step deref coercion.
use std::ops::{Deref, DerefMut, Index, IndexMut};

struct Boxed<T>(T);

impl<T> Deref for Boxed<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Boxed<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

fn plus_one<T: Deref<Target = i32>>(x: T) -> i32 {
    *x + 1
}

fn set_all<T: DerefMut<Target = [u8; 3]>>(mut x: T) -> u8 {
    x[1] = 9;
    (*x)[0] = 4;
    x[0] + x[1] + x[2]
}

struct Matrix {
    rows: [[i32; 3]; 2],
}

impl Index<usize> for Matrix {
    type Output = [i32; 3];
    fn index(&self, r: usize) -> &[i32; 3] {
        &self.rows[r]
    }
}

impl IndexMut<usize> for Matrix {
    fn index_mut(&mut self, r: usize) -> &mut [i32; 3] {
        &mut self.rows[r]
    }
}

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

fn main() {
    println!("{}", plus_one(Boxed(41)));
    println!("{}", set_all(Boxed([1u8, 2, 3])));
    let mut m = Matrix { rows: [[1, 2, 3], [4, 5, 6]] };
    m[1][2] = 60;
    m[0][0] += m[1][1];
    println!("{:?} {}", m.rows, m[1][2]);
    let mut c = Boxed(Counter { n: 0 });
    c.bump();
    let k = c.bump();
    println!("{} {}", k, c.n);
    let b = Boxed(Boxed(Boxed(7u64)));
    let r: &u64 = &b;
    println!("{} {}", r, ***b);
    let arr = Boxed([5, 6, 7]);
    println!("{} {}", arr[2], arr.len());
}
