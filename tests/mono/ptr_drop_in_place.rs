// A value written into memory of its own with `ptr::write` lives until `ptr::drop_in_place`
// runs its drop glue; a type that needs no drop has no glue, and the call does nothing.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

struct D(i32);

impl Drop for D {
    //~ MONO_ITEM fn <D as Drop>::drop
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: D,
    b: D,
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn Layout::new::<Pair>
    //~ MONO_ITEM fn Layout::size
    //~ MONO_ITEM fn Layout::align
    let layout = Layout::new::<Pair>();
    unsafe {
        //~ MONO_ITEM fn alloc::alloc
        let p = alloc(layout) as *mut Pair;
        //~ MONO_ITEM fn ptr::write::<Pair>
        ptr::write(p, Pair { a: D(1), b: D(2) });
        println!("written {}", (*p).b.0);
        //~ MONO_ITEM fn std::ptr::drop_in_place::<Pair> - shim(Some(Pair))
        //~ MONO_ITEM fn std::ptr::drop_in_place::<D> - shim(Some(D))
        ptr::drop_in_place(p);
        println!("dropped");
        //~ MONO_ITEM fn alloc::dealloc
        dealloc(p as *mut u8, layout);
        // No `drop_in_place::<i32>`: an i32 needs no drop, and the call below is no code.
        let mut x = 5i32;
        ptr::drop_in_place(&mut x as *mut i32);
        println!("x {}", x);
    }
}
