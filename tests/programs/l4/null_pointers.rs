// Null pointers: std::ptr::null and null_mut, is_null, and a pointer built from address 0.
use std::ptr;

fn first_or(p: *const i64, default: i64) -> i64 {
    if p.is_null() {
        default
    } else {
        unsafe { *p }
    }
}

fn main() {
    let n: *const i64 = ptr::null();
    let m = ptr::null_mut::<u8>();
    let value = 42i64;
    println!("{} {}", n.is_null(), m.is_null());
    println!("{} {}", first_or(n, -1), first_or(&value, -1));
    let zero = 0usize as *const i64;
    println!("{}", zero.is_null());
    println!("{}", n as usize);
    let p: *mut i32 = std::ptr::null_mut();
    println!("{}", p.is_null());
}
