// Associated consts: declared in traits (with and without defaults), given by impls, and named
// as `T::SIDES`, `Self::SIDES`, `<S as Shape>::SIDES` and `S::SIDES`; in generic code each
// instance gets its impl's value. Inherent impls have consts too.
trait Shape {
    const SIDES: u32;
    const NAME: &'static str = "shape";
    const DOUBLE: u32 = Self::SIDES * 2;
    const REGULAR: bool = true;

    fn describe(&self) -> String0 {
        String0 { sides: Self::SIDES, name: Self::NAME }
    }
}

#[derive(Debug)]
struct String0 {
    sides: u32,
    name: &'static str,
}

struct Triangle;
struct Square;
struct Kite<T> {
    tag: T,
}

impl Shape for Triangle {
    const SIDES: u32 = 3;
    const NAME: &'static str = "triangle";
}

impl Shape for Square {
    const SIDES: u32 = 4;
    const DOUBLE: u32 = 100;
}

impl<T> Shape for Kite<T> {
    const SIDES: u32 = 4;
    const NAME: &'static str = "kite";
    const REGULAR: bool = false;
}

impl Square {
    const K: i32 = 3;
    const LIMITS: (i32, i32) = (-1, Self::K * 2);

    fn area(side: i32) -> i32 {
        side * side * Self::K
    }
}

fn sides<T: Shape>() -> u32 {
    T::SIDES
}

fn report<T: Shape>(shape: &T) {
    let regular = if T::REGULAR { "regular" } else { "irregular" };
    println!("{} has {} sides ({} doubled), {}", T::NAME, T::SIDES, <T as Shape>::DOUBLE, regular);
    println!("{:?}", shape.describe());
}

fn total<A: Shape, B: Shape>() -> u64 {
    A::SIDES as u64 + B::SIDES as u64 * 10
}

const ALL: u32 = Triangle::SIDES + <Square as Shape>::SIDES;

fn main() {
    println!("{} {} {}", sides::<Triangle>(), sides::<Square>(), sides::<Kite<u8>>());
    report(&Triangle);
    report(&Square);
    report(&Kite { tag: 'k' });
    println!("{} {}", total::<Triangle, Square>(), total::<Kite<i64>, Triangle>());
    println!("{} {} {:?} {}", Square::K, Square::area(2), Square::LIMITS, ALL);
    println!("{} {}", Triangle::DOUBLE, <Kite<bool> as Shape>::NAME);
    let k = Kite { tag: 5u16 };
    let mut arr = [0u8; Square::K as usize];
    arr[2] = k.tag as u8;
    println!("{:?}", arr);
}
