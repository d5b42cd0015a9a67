// A place through `Index` or `Deref` used mutably where the type has no `IndexMut`/`DerefMut`:
// assigned (E0594) or borrowed `&mut` (E0596), as rustc reports them.
use std::ops::{Deref, Index};

struct Grid([i32; 2]);

impl Index<usize> for Grid {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        &self.0[i]
    }
}

struct Meters(i32);

impl Deref for Meters {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}

fn take(_x: &mut i32) {}

fn main() {
    let mut g = Grid([1, 2]);
    g[0] = 5; //~ ERROR E0594
    take(&mut g[1]); //~ ERROR E0596
    let mut m = Meters(3);
    *m += 1; //~ ERROR E0594
    println!("{} {}", g[0], *m);
}
