// Raw pointers: a cast from a reference, casts to another pointee and to an address, `*p` as a
// place to read and to write, a pointer comparison (a MIR operation, as on integers), and a call
// of std's `add` (a call like any other; the intrinsic inside it is what code generation inlines).
// Differs from rustc's -Zunpretty=mir: rustc writes the cast of a reference as a raw borrow
// (`_2 = &raw mut (*_1)`) where ToyRust casts the reference (`PtrToPtr`), and rustc names the
// method `std::ptr::mut_ptr::<impl *mut i32>::add`.
fn bump(x: &mut i32) -> usize {
    let p = x as *mut i32;
    unsafe {
        *p += 1;
        *p.add(0) = *p * 2;
    }
    let bytes = p as *const u8;
    if bytes == p as *const u8 { p as usize } else { 0 }
}

fn main() {
    let mut x = 1;
    println!("{}", bump(&mut x) > 0);
}
