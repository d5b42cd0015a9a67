// Calls through user `Deref`/`Index` impls are calls of the impls' methods: `*w`, autoderef of a
// method receiver and deref coercion reach `deref` (or `deref_mut` in a written place), `a[i]`
// reaches `index`/`index_mut`. Associated consts in generic code are values, not items; an
// associated type in a signature (`T::Item`) is the impl's type in the instance's name.
use std::ops::{Deref, DerefMut, Index, IndexMut};

struct Wrapper<T> {
    value: T,
}

impl<T> Deref for Wrapper<T> {
    type Target = T;
    //~ MONO_ITEM fn <Wrapper<i32> as Deref>::deref
    //~ MONO_ITEM fn <Wrapper<Wrapper<i32>> as Deref>::deref
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<T> DerefMut for Wrapper<T> {
    //~ MONO_ITEM fn <Wrapper<i32> as DerefMut>::deref_mut
    fn deref_mut(&mut self) -> &mut T {
        &mut self.value
    }
}

struct Table {
    cells: [u8; 4],
}

impl Index<usize> for Table {
    type Output = u8;
    //~ MONO_ITEM fn <Table as Index<usize>>::index
    fn index(&self, i: usize) -> &u8 {
        &self.cells[i]
    }
}

impl IndexMut<usize> for Table {
    //~ MONO_ITEM fn <Table as IndexMut<usize>>::index_mut
    fn index_mut(&mut self, i: usize) -> &mut u8 {
        &mut self.cells[i]
    }
}

trait Shape {
    const SIDES: u32;
    type Unit;
    fn unit(&self) -> Self::Unit;
}

struct Square;

impl Shape for Square {
    const SIDES: u32 = 4;
    type Unit = u16;
    //~ MONO_ITEM fn <Square as Shape>::unit
    fn unit(&self) -> u16 {
        7
    }
}

//~ MONO_ITEM fn sides::<Square>
fn sides<T: Shape>(t: &T) -> (u32, T::Unit) {
    (T::SIDES, t.unit())
}

//~ MONO_ITEM fn read
fn read(x: &i32) -> i32 {
    *x
}

//~ MONO_ITEM fn main
fn main() {
    let mut w = Wrapper { value: 5 };
    *w += 1;
    let nested = Wrapper { value: Wrapper { value: 2 } };
    let mut t = Table { cells: [1, 2, 3, 4] };
    t[0] = t[3];
    let (n, u) = sides(&Square);
    println!("{} {} {} {} {} {}", read(&w), **nested, t[0], n, u, read(&nested));
}
