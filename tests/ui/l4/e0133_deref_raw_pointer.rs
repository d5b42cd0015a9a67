// Dereferencing a raw pointer outside `unsafe` (E0133), to read, to write and to borrow; inside an
// `unsafe` block or an `unsafe fn` it is allowed.
unsafe fn read_in_unsafe_fn(p: *const i32) -> i32 {
    *p
}

fn main() {
    let mut x = 5;
    let p = &mut x as *mut i32;
    let a = *p; //~ ERROR E0133
    *p = 6; //~ ERROR E0133
    let r = &mut *p; //~ ERROR E0133
    let b = unsafe { *p };
    let c = unsafe { read_in_unsafe_fn(p) };
    println!("{} {} {} {}", a, r, b, c);
}
