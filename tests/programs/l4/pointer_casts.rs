// Raw pointers from references by cast and by coercion; pointer-to-pointer and pointer <-> usize
// casts; places through `*p`: reads, writes, compound assignment, fields, `&mut *p`.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

unsafe fn bump(p: *mut i32, by: i32) {
    *p += by;
}

fn read_through(p: *const Point) -> i32 {
    unsafe { (*p).x * 10 + (*p).y }
}

fn as_const(p: *mut i32) -> *const i32 {
    p
}

fn main() {
    let mut x = 5i32;
    let p = &mut x as *mut i32;
    unsafe {
        *p = 7;
        bump(p, 3);
    }
    println!("x = {}", x);

    let q: *const i32 = &x;
    let r: *const i32 = as_const(p);
    println!("same address: {}", q as usize == r as usize);

    let mut point = Point { x: 1, y: 2 };
    let pp: *mut Point = &mut point;
    unsafe {
        (*pp).x = 4;
        let inner = &mut *pp;
        inner.y = 9;
        let yp = &mut (*pp).y as *mut i32;
        *yp -= 1;
    }
    println!("{:?} {}", point, read_through(&point));

    // The bytes of an integer through a *const u8 (both targets are little-endian).
    let word: u32 = 0x11223344;
    let bytes = &word as *const u32 as *const u8;
    unsafe {
        println!("{:x} {:x} {:x} {:x}", *bytes, *bytes.add(1), *bytes.add(2), *bytes.add(3));
    }

    // Addresses as integers and back.
    let values = [10u64, 20, 30];
    let base = &values[0] as *const u64;
    let address = base as usize;
    let second = (address + 8) as *const u64;
    println!("{} {}", unsafe { *second }, unsafe { second.offset(1).read() });
    println!("aligned: {}", address % std::mem::align_of::<u64>() == 0);

    let a = unsafe { std::ptr::read(&values[2]) };
    let mut copy = [0u64; 3];
    unsafe {
        std::ptr::copy_nonoverlapping(base, &mut copy[0] as *mut u64, 3);
    }
    println!("{} {:?}", a, copy);
}
