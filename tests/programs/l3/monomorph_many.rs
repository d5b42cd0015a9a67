// One generic function instantiated at many types (i8, u16, i64, f64, char, bool, a
// struct, a tuple, an Option): each copy must use its own size, comparison and printing.
use std::fmt::Debug;

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Temp {
    kelvin: u32,
    label: char,
}

fn summarize<T: PartialOrd + Copy + Debug>(xs: [T; 3]) -> (T, T) {
    let mut lo = xs[0];
    let mut hi = xs[0];
    for i in 1..3 {
        if xs[i] < lo {
            lo = xs[i];
        }
        if xs[i] > hi {
            hi = xs[i];
        }
    }
    println!("{:?}: min {:?}, max {:?}", xs, lo, hi);
    (lo, hi)
}

fn rotate<T: Copy>(xs: [T; 3]) -> [T; 3] {
    [xs[1], xs[2], xs[0]]
}

fn main() {
    let a = summarize([-128i8, 127, 0]);
    let b = summarize([65535u16, 1, 300]);
    let c = summarize([i64::MIN, 9_000_000_000, -1]);
    let d = summarize([2.5, -0.125, 1e10]);
    let e = summarize(['Z', 'a', '0']);
    let f = summarize([true, false, true]);
    let g = summarize([
        Temp { kelvin: 300, label: 'r' },
        Temp { kelvin: 77, label: 'n' },
        Temp { kelvin: 300, label: 'a' },
    ]);
    let h = summarize([(1u8, 2i16), (1, -2), (0, 100)]);
    let i = summarize([Some(3u32), None, Some(1)]);
    println!("{} {} {} {} {} {}", a.0, b.1, c.0, d.1, e.0, f.1);
    println!("{:?} {:?} {:?}", g, h, i);
    println!("{:?}", rotate([1i8, 2, 3]));
    println!("{:?}", rotate([1u16, 2, 3]));
    println!("{:?}", rotate([1i64, 2, 3]));
    println!("{:?}", rotate([1.0, 2.0, 3.0]));
    println!("{:?}", rotate(['x', 'y', 'z']));
    println!("{:?}", rotate([true, true, false]));
    println!("{:?}", rotate(rotate([g.0, g.1, g.0])));
}
