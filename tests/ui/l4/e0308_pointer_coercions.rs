// `&mut T` coerces to `*mut T` and `*const T`, `&T` only to `*const T`, `*mut T` to `*const T`;
// nothing coerces a pointer back to a reference or adds mutability.
fn takes_mut(p: *mut i32) -> bool {
    p.is_null()
}

fn main() {
    let mut x = 1;
    let shared = &x as *const i32;
    let ok: *const i32 = &mut x;
    let a: *mut i32 = &x; //~ ERROR E0308
    let b: *mut i32 = shared; //~ ERROR E0308
    let c: &i32 = shared; //~ ERROR E0308
    let d: *const u8 = &x; //~ ERROR E0308
    println!("{}", takes_mut(&x)); //~ ERROR E0308
    println!("{}", takes_mut(&mut x) && ok.is_null());
}
