// Arithmetic on generic T through std::ops bounds with `Output = T`, at integer and
// float types.
use std::ops::{Add, Mul, Neg, Sub};

fn sum<T: Add<Output = T> + Copy + Default>(xs: [T; 4]) -> T {
    let mut acc = T::default();
    for i in 0..4 {
        acc = acc + xs[i];
    }
    acc
}

fn dot<T>(a: [T; 3], b: [T; 3]) -> T
where
    T: Add<Output = T> + Mul<Output = T> + Copy,
{
    a[0] * b[0] + a[1] * b[1] + a[2] * b[2]
}

fn lerp_steps<T: Add<Output = T> + Sub<Output = T> + Copy>(a: T, b: T) -> (T, T) {
    let d = b - a;
    (a + d, b + d)
}

fn negate_all<T: Neg<Output = T> + Copy>(xs: [T; 3]) -> [T; 3] {
    [-xs[0], -xs[1], -xs[2]]
}

fn square<T: Mul<Output = T> + Copy>(x: T) -> T {
    x * x
}

fn power<T: Mul<Output = T> + Copy>(base: T, one: T, n: u32) -> T {
    let mut r = one;
    for _ in 0..n {
        r = r * base;
    }
    r
}

fn main() {
    println!("{}", sum([1, 2, 3, 4]));
    println!("{}", sum([0.5, 0.25, 0.125, 0.0625]));
    println!("{}", sum([250u8, 1, 2, 2]));
    println!("{}", dot([1i64, 2, 3], [4, 5, 6]));
    println!("{:.3}", dot([0.5, 1.5, -2.0], [2.0, 2.0, 0.25]));
    println!("{:?}", lerp_steps(3, 10));
    println!("{:?}", lerp_steps(10u16, 12));
    println!("{:?}", lerp_steps(1.0, 0.5));
    println!("{:?}", negate_all([1, -2, 0]));
    println!("{:?}", negate_all([1.5, -2.5, 0.25]));
    println!("{} {} {}", square(12), square(-3i8), square(1.5));
    println!("{} {}", power(3u64, 1, 20), power(2.0, 1.0, 10));
    println!("{}", power(-2i32, 1, 31));
}
