// Writing through a `*const T` (E0594) or borrowing its place mutably (E0596).
fn main() {
    let x = 1;
    let p = &x as *const i32;
    unsafe {
        *p = 2; //~ ERROR E0594
        let r = &mut *p; //~ ERROR E0596
        println!("{}", r);
    }
}
