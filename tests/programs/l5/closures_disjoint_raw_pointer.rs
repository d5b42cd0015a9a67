// A write through a raw pointer in a closure only reads the pointer: it is captured by `&` and the closure is `Fn` (rustc's capture rules).
fn call<F: Fn()>(f: F) {
    f();
}
fn main() {
    let mut x = 5;
    let p = &mut x as *mut i32;
    let c = || unsafe { *p += 1 };
    println!("{}", std::mem::size_of_val(&c));
    call(c);
    println!("{}", x);
}
