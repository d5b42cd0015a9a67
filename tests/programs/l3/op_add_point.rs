// Operator overloading for a user struct: `impl Add for Point` with `type Output`,
// Add with a different right-hand side, and Add implemented for a reference.
use std::ops::Add;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

impl Add for Point {
    type Output = Point;
    fn add(self, other: Point) -> Point {
        Point { x: self.x + other.x, y: self.y + other.y }
    }
}

impl Add<i32> for Point {
    type Output = Point;
    fn add(self, k: i32) -> Point {
        Point { x: self.x + k, y: self.y + k }
    }
}

#[derive(Debug, Clone, Copy)]
struct Money {
    cents: u64,
}

impl Add for Money {
    type Output = Money;
    fn add(self, o: Money) -> Money {
        Money { cents: self.cents + o.cents }
    }
}

fn total<T: Add<Output = T> + Copy>(a: T, b: T, c: T) -> T {
    a + b + c
}

fn main() {
    let a = Point { x: 1, y: 2 };
    let b = Point { x: 10, y: -20 };
    let c = a + b;
    println!("{:?}", c);
    println!("{:?}", c + 5);
    println!("{:?}", a + b + a);
    println!("{}", a + b == b + a);
    println!("{:?}", total(a, b, c));
    let m = total(Money { cents: 150 }, Money { cents: 275 }, Money { cents: 5 });
    println!("${}.{:02}", m.cents / 100, m.cents % 100);
    println!("{:?}", Money { cents: 1 } + m);
}
