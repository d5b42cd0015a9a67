// A growable buffer of i64 over the allocator, as Vec<T> will be written: alloc, write and read
// through `add`, realloc to a bigger block, copy within it, dealloc.
use std::alloc::{alloc, dealloc, realloc, Layout};
use std::ptr;

fn fill(buffer: *mut i64, from: usize, to: usize) {
    let mut i = from;
    while i < to {
        unsafe {
            buffer.add(i).write((i * i) as i64);
        }
        i += 1;
    }
}

fn sum(buffer: *const i64, len: usize) -> i64 {
    let mut total = 0;
    for i in 0..len {
        total += unsafe { buffer.add(i).read() };
    }
    total
}

fn main() {
    let layout = Layout::array::<i64>(4).unwrap();
    println!("layout: {} bytes, align {}", layout.size(), layout.align());
    unsafe {
        let mut buffer = alloc(layout) as *mut i64;
        assert!(!buffer.is_null());
        fill(buffer, 0, 4);
        println!("sum of 4: {}", sum(buffer, 4));

        let bigger = Layout::array::<i64>(16).unwrap();
        buffer = realloc(buffer as *mut u8, layout, bigger.size()) as *mut i64;
        fill(buffer, 4, 16);
        println!("after realloc: first {} last {}", *buffer, *buffer.add(15));
        println!("sum of 16: {}", sum(buffer, 16));

        // Shift the first eight elements up by two (overlapping), then copy four to the end.
        ptr::copy(buffer, buffer.add(2), 8);
        ptr::copy_nonoverlapping(buffer.add(2), buffer.add(12), 4);
        for i in 0..16 {
            print!("{} ", ptr::read(buffer.add(i)));
        }
        println!();

        ptr::write(buffer.offset(3), -1);
        *buffer.add(4) += 100;
        println!("{} {}", *buffer.add(3), buffer.add(4).read());
        dealloc(buffer as *mut u8, bigger);
    }
    println!("done");
}
