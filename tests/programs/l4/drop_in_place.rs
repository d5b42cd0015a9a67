// A value written into memory of its own with `ptr::write` lives until `ptr::drop_in_place`
// runs its drop glue; a type that needs no drop has no glue, and the call does nothing.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: D,
    b: D,
}

fn main() {
    let layout = Layout::new::<Pair>();
    unsafe {
        let p = alloc(layout) as *mut Pair;
        ptr::write(p, Pair { a: D(1), b: D(2) });
        println!("written {}", (*p).b.0);
        ptr::drop_in_place(p);
        println!("dropped");
        dealloc(p as *mut u8, layout);
        let mut x = 5i32;
        ptr::drop_in_place(&mut x as *mut i32);
        println!("x {}", x);
    }
}
