//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
#![allow(arithmetic_overflow)]
// A struct literal evaluates its written fields in the order they are written, then the `..base`
// (ToyRust evaluated the base first, then the fields in declaration order), so the first panic
// is the first written field's. Found by the differential runner (seed 500001, size 40).
#[derive(Clone, Copy, Debug)]
struct S {
    a: i32,
    b: i32,
    c: i32,
}

#[derive(Clone, Copy, Debug)]
enum E {
    V { x: u8, y: u8 },
}

fn t(x: i32) -> i32 {
    println!("eval {}", x);
    x
}

fn main() {
    let s = S { c: t(3), a: t(1), ..S { a: t(10), b: t(20), c: t(30) } };
    println!("{:?}", s);
    let u = S { b: t(2), c: t(3), a: t(1) };
    println!("{:?}", u);
    let e = E::V { y: t(7) as u8, x: t(8) as u8 };
    println!("{:?}", e);
    let small: u32 = t(5) as u32;
    let n: i8 = 92;
    let v = S { b: (small - 292) as i32, ..S { a: 0, b: 1, c: (n - (-128i8)) as i32 } };
    println!("{:?}", v);
}
