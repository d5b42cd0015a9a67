// Casts rustc rejects: a reference to a raw pointer of another type or of more mutability,
// pointers to floats, floats, bools and chars to pointers (E0606); pointers to bool (E0054) and
// char (E0604); structs to and from pointers (E0605).
struct S {
    a: i32,
}

fn main() {
    let x = 5i32;
    let p = &x as *const i32;
    let _ = p as f64; //~ ERROR E0606
    let _ = 1.5 as *const i32; //~ ERROR E0606
    let _ = true as *const i32; //~ ERROR E0606
    let _ = &x as *const u8; //~ ERROR E0606
    let _ = &x as *mut i32; //~ ERROR E0606
    let _ = 'a' as *const i32; //~ ERROR E0606
    let _ = p as bool; //~ ERROR E0054
    let _ = p as char; //~ ERROR E0604
    let _ = S { a: 1 } as *const i32; //~ ERROR E0605
    let _ = p as S; //~ ERROR E0605
    let ok = p as u8 as *const u16 as *mut u64 as usize;
    println!("{}", ok > 0);
}
