// std's free functions are in scope only through their path or a `use`, as in Rust.
use std::alloc::Layout;
use std::ptr::null_mut;

fn main() {
    let p: *const i32 = null(); //~ ERROR E0425
    let q: *mut i32 = null_mut();
    let r: *const i32 = std::ptr::null();
    let layout = Layout::new::<i32>();
    println!("{} {} {}", p == r, q.is_null(), layout.size());
}
