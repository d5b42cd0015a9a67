// User impls of `Index` and `IndexMut`: `a[i]` calls `index` where it is read and `index_mut`
// where it is assigned, compound-assigned or borrowed `&mut`; the index type is the impl's
// (`usize`, a struct, a tuple). Built-in indexing of arrays is unchanged.
use std::ops::{Index, IndexMut};

struct Grid {
    cells: [i32; 6],
    width: usize,
}

impl Index<(usize, usize)> for Grid {
    type Output = i32;
    fn index(&self, (row, col): (usize, usize)) -> &i32 {
        &self.cells[row * self.width + col]
    }
}

impl IndexMut<(usize, usize)> for Grid {
    fn index_mut(&mut self, (row, col): (usize, usize)) -> &mut i32 {
        &mut self.cells[row * self.width + col]
    }
}

struct Ring<T> {
    items: [T; 4],
}

impl<T> Index<usize> for Ring<T> {
    type Output = T;
    fn index(&self, i: usize) -> &T {
        &self.items[i % 4]
    }
}

impl<T> IndexMut<usize> for Ring<T> {
    fn index_mut(&mut self, i: usize) -> &mut T {
        &mut self.items[i % 4]
    }
}

#[derive(Clone, Copy, Debug)]
enum Axis {
    X,
    Y,
}

#[derive(Debug)]
struct Vec2 {
    x: f64,
    y: f64,
}

impl Index<Axis> for Vec2 {
    type Output = f64;
    fn index(&self, axis: Axis) -> &f64 {
        match axis {
            Axis::X => &self.x,
            Axis::Y => &self.y,
        }
    }
}

fn total<C: Index<usize, Output = u8>>(c: &C, n: usize) -> u32 {
    let mut sum = 0;
    for i in 0..n {
        sum += c[i] as u32;
    }
    sum
}

fn set(slot: &mut i32, v: i32) {
    *slot = v;
}

fn main() {
    let mut g = Grid { cells: [0; 6], width: 3 };
    g[(0, 1)] = 5;
    g[(1, 2)] += 7;
    g[(1, 2)] *= 2;
    set(&mut g[(1, 0)], -1);
    println!("{:?} {} {}", g.cells, g[(0, 1)], g[(1, 2)]);
    let mut r = Ring { items: [1u8, 2, 3, 4] };
    r[5] = 20;
    r[7] += 100;
    println!("{} {} {}", r[1], r[3], total(&r, 6));
    let mut words = Ring { items: [(1, 'a'), (2, 'b'), (3, 'c'), (4, 'd')] };
    words[2].1 = 'z';
    println!("{:?} {:?}", words[2], words[6]);
    let v = Vec2 { x: 1.5, y: -2.0 };
    println!("{} {} {:?}", v[Axis::X], v[Axis::Y], Axis::Y);
    let arr = [10, 20, 30];
    println!("{}", arr[1] + g.cells[4]);
}
