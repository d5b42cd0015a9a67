// std::mem::swap and replace (written over ptr::read/write in the prelude), and `cast` between
// pointee types: the moves `Option::take` and `Vec::push` are made of.
use std::mem;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Slot {
    Empty,
    Full(i64),
}

fn take(slot: &mut Slot) -> Slot {
    mem::replace(slot, Slot::Empty)
}

fn main() {
    let mut a = [1, 2, 3];
    let mut b = [7, 8, 9];
    mem::swap(&mut a, &mut b);
    println!("{:?} {:?}", a, b);

    let mut slot = Slot::Full(42);
    let old = take(&mut slot);
    println!("{:?} {:?} {}", old, slot, slot == Slot::Empty);

    let mut x = (1u8, 'x');
    let before = mem::replace(&mut x, (2, 'y'));
    println!("{:?} {:?}", before, x);

    let word = 0x0102_0304u32;
    let p = &word as *const u32;
    let bytes = p.cast::<u8>();
    println!("{}", unsafe { *bytes.add(3) });
    let mut n = 5i64;
    let q = (&mut n as *mut i64).cast::<u32>();
    unsafe { *q = 7; }
    println!("{}", n);
}
