// The memory library: the prelude's wrappers around intrinsics are generic items like any other
// (`ptr::read::<i64>`, `<*mut i64>::add`), named as rustc names them without the `std::ptr::`
// module path of their impl; the intrinsics (`mem::size_of`, the allocator) are emitted inline
// and are no items, as in rustc.
use std::alloc::{alloc, dealloc, Layout};
use std::ptr;

//~ MONO_ITEM fn main
fn main() {
    unsafe {
        //~ MONO_ITEM fn Layout::array::<i64>
        //~ MONO_ITEM fn Result::<Layout, LayoutError>::unwrap
        //~ MONO_ITEM fn <LayoutError as Debug>::fmt
        //~ MONO_ITEM fn Layout::from_size_align
        let layout = Layout::array::<i64>(2).unwrap();
        //~ MONO_ITEM fn alloc::alloc
        //~ MONO_ITEM fn Layout::size
        //~ MONO_ITEM fn Layout::align
        let p = alloc(layout) as *mut i64;
        //~ MONO_ITEM fn <*mut i64>::write
        //~ MONO_ITEM fn ptr::write::<i64>
        p.write(1);
        //~ MONO_ITEM fn <*mut i64>::add
        //~ MONO_ITEM fn ptr::copy_nonoverlapping::<i64>
        ptr::copy_nonoverlapping(p, p.add(1), 1);
        //~ MONO_ITEM fn ptr::read::<i64>
        //~ MONO_ITEM fn <*const i64>::is_null
        let q = p as *const i64;
        println!("{} {} {}", ptr::read(q.add(1)), q.is_null(), std::mem::size_of::<i64>());
        //~ MONO_ITEM fn <*const i64>::add
        //~ MONO_ITEM fn alloc::dealloc
        dealloc(p as *mut u8, layout);
    }
}
