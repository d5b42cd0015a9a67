// An `unsafe` block with no unsafe operation directly in it is rustc's `unused_unsafe` warning;
// in nested blocks the innermost one gets the credit, so the outer one is the unnecessary one.
const ONE: i32 = unsafe { 1 }; //~ WARN unused_unsafe

unsafe fn in_unsafe_fn() -> i32 {
    unsafe { 1 } //~ WARN unused_unsafe
}

unsafe fn deref_in_unsafe_fn(p: *const i32) -> i32 {
    unsafe { *p }
}

fn main() {
    let x = 5;
    let p = &x as *const i32;
    let a = unsafe { 2 }; //~ WARN unused_unsafe
    let b = unsafe { //~ WARN unused_unsafe
        unsafe { *p }
    };
    let c = unsafe { in_unsafe_fn() + deref_in_unsafe_fn(p) };
    println!("{} {} {} {}", a, b, c, ONE);
}
