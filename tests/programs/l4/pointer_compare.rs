// Raw pointers compare by address: `==`, `!=`, `<` directly, and through `PartialEq`/`PartialOrd`
// bounds in generic code; a walk from a start pointer to an end pointer, as a slice iterator does.
use std::ptr;

fn same<T: PartialEq>(a: T, b: T) -> bool {
    a == b
}

fn before<T: PartialOrd>(a: T, b: T) -> bool {
    a < b
}

fn sum_between(start: *const u16, end: *const u16) -> u32 {
    let mut p = start;
    let mut total = 0u32;
    while p != end {
        total += unsafe { *p } as u32;
        p = unsafe { p.add(1) };
    }
    total
}

fn main() {
    let values = [3u16, 5, 7, 11];
    let start = &values[0] as *const u16;
    let end = unsafe { start.add(values.len()) };
    println!("{}", sum_between(start, end));
    println!("{} {} {}", start == end, start < end, start >= end);
    let again: *const u16 = &values[0];
    println!("{} {}", same(start, again), same(start, end));
    println!("{} {}", before(start, end), before(end, start));
    println!("{}", ptr::null::<u8>() == 0usize as *const u8);
    let mut x = 1;
    let m: *mut i32 = &mut x;
    println!("{}", m != ptr::null_mut());
}
