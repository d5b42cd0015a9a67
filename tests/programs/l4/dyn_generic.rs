// Generic code that makes trait objects: the vtable is the one of the instance's type.
trait Describe {
    fn describe(&self) -> u64;
}

#[derive(Clone, Copy)]
struct Meters(u64);

#[derive(Clone, Copy)]
struct Pair<T> {
    a: T,
    b: T,
}

impl Describe for Meters {
    fn describe(&self) -> u64 {
        self.0
    }
}

impl Describe for u8 {
    fn describe(&self) -> u64 {
        *self as u64 * 2
    }
}

impl<T: Describe> Describe for Pair<T> {
    fn describe(&self) -> u64 {
        self.a.describe() * 100 + self.b.describe()
    }
}

fn as_dyn<T: Describe>(x: &T) -> &dyn Describe {
    x
}

fn sum_two<T: Describe, U: Describe>(x: &T, y: &U) -> u64 {
    let both: [&dyn Describe; 2] = [x, y];
    both[0].describe() + both[1].describe()
}

fn main() {
    let m = Meters(42);
    let p = Pair { a: 3u8, b: 4u8 };
    let q = Pair { a: m, b: Meters(1) };
    println!("{} {} {}", as_dyn(&m).describe(), as_dyn(&p).describe(), as_dyn(&q).describe());
    println!("{}", sum_two(&m, &p));
    println!("{}", sum_two(&7u8, &q));
}
