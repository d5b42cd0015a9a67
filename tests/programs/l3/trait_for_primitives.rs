// Trait impls for primitive types, with default methods, called on values, literals and
// through a generic bound.
trait Describe {
    fn kind(&self) -> char;
    fn magnitude(&self) -> u64;
    fn show(&self) {
        println!("[{}] {}", self.kind(), self.magnitude());
    }
}

impl Describe for i32 {
    fn kind(&self) -> char {
        'i'
    }
    fn magnitude(&self) -> u64 {
        if *self < 0 { (-(*self as i64)) as u64 } else { *self as u64 }
    }
}

impl Describe for bool {
    fn kind(&self) -> char {
        'b'
    }
    fn magnitude(&self) -> u64 {
        *self as u64
    }
    fn show(&self) {
        println!("[b] {}", self);
    }
}

impl Describe for char {
    fn kind(&self) -> char {
        'c'
    }
    fn magnitude(&self) -> u64 {
        *self as u64
    }
}

impl Describe for f64 {
    fn kind(&self) -> char {
        'f'
    }
    fn magnitude(&self) -> u64 {
        if *self < 0.0 { (-*self) as u64 } else { *self as u64 }
    }
}

impl Describe for u8 {
    fn kind(&self) -> char {
        'u'
    }
    fn magnitude(&self) -> u64 {
        *self as u64 * 1000
    }
}

fn bigger<T: Describe, U: Describe>(a: &T, b: &U) -> char {
    if a.magnitude() >= b.magnitude() { a.kind() } else { b.kind() }
}

fn main() {
    let x: i32 = -42;
    x.show();
    true.show();
    'A'.show();
    (-7.9f64).show();
    5u8.show();
    println!("{}", 17.magnitude());
    println!("{}", bigger(&x, &'A'));
    println!("{}", bigger(&2u8, &1999));
    println!("{}", bigger(&false, &0.5));
}
