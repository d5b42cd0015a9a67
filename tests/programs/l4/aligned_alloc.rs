//@ exit-code: 101
// Alignments above what malloc guarantees (16) go through posix_memalign, for alloc and for
// realloc, which must keep both the contents and the alignment. Layout checks its arguments.
use std::alloc::{alloc, dealloc, realloc, Layout};

fn main() {
    let layout = Layout::from_size_align(256, 64).unwrap();
    unsafe {
        let p = alloc(layout);
        println!("aligned to 64: {}", p as usize % 64 == 0);
        for i in 0..256 {
            *p.add(i) = (i % 251) as u8;
        }
        let q = realloc(p, layout, 4096);
        println!("still aligned: {}", q as usize % 64 == 0);
        let mut sum = 0u32;
        for i in 0..256 {
            sum += *q.add(i) as u32;
        }
        println!("sum kept: {}", sum);
        dealloc(q, Layout::from_size_align(4096, 64).unwrap());
    }
    println!("{}", Layout::from_size_align(8, 3).is_err());
    println!("{}", Layout::from_size_align(8, 0).is_err());
    println!("{}", Layout::array::<u64>(usize::MAX / 4).is_err());
    let small = Layout::new::<(u8, u16)>();
    println!("{} {}", small.size(), small.align());
    let bad = Layout::from_size_align(16, 24);
    println!("{}", bad.unwrap().size());
}
