// Function parameters are irrefutable patterns: tuples, references to tuples, structs, tuple
// structs, arrays and `_`, in free functions, methods, trait methods, nested and generic functions.
#[derive(Clone, Copy, Debug)]
struct P {
    x: i32,
    y: i32,
}

struct Meters(f64);

trait Scale {
    fn scale(&self, factor: (i32, i32)) -> Self;

    fn describe(&self, _: bool, &(label, n): &(char, u8)) -> u8 {
        println!("describe {} {}", label, n);
        n
    }
}

impl Scale for P {
    fn scale(&self, (num, den): (i32, i32)) -> P {
        P { x: self.x * num / den, y: self.y * num / den }
    }
}

impl P {
    fn offset(self, P { x: dx, y: dy }: P) -> P {
        P { x: self.x + dx, y: self.y + dy }
    }

    fn from_pair((x, y): (i32, i32)) -> P {
        P { x, y }
    }
}

fn add((a, b): (i32, i32)) -> i32 {
    a + b
}

fn dot(&(x1, y1): &(i32, i32), &(x2, y2): &(i32, i32)) -> i32 {
    x1 * x2 + y1 * y2
}

fn norm2(P { x, y }: P, _: P) -> i32 {
    x * x + y * y
}

fn length(Meters(m): Meters) -> f64 {
    m
}

fn sum3([a, b, c]: [i32; 3]) -> i32 {
    a + b + c
}

fn nested(((a, b), c): ((u8, u8), u8), (mut total, _): (u32, bool)) -> u32 {
    total += a as u32 + b as u32 + c as u32;
    total
}

fn first<T: Copy, U>((t, _): (T, U)) -> T {
    t
}

fn main() {
    println!("{}", add((2, 3)));
    println!("{}", dot(&(1, 2), &(3, 4)));
    println!("{}", norm2(P { x: -3, y: 4 }, P { x: 0, y: 0 }));
    println!("{}", length(Meters(2.5)));
    println!("{}", sum3([1, 2, 3]));
    println!("{}", nested(((1, 2), 3), (10, true)));
    println!("{} {}", first((7u8, "seven")), first(('c', 1.5)));
    let p = P::from_pair((1, 2)).offset(P { x: 10, y: 20 });
    println!("{:?}", p);
    println!("{:?}", p.scale((3, 2)));
    println!("{}", p.describe(false, &('z', 9)));
    fn inner(&(ref a, b): &(i32, i32)) -> i32 {
        *a * b
    }
    println!("{}", inner(&(6, 7)));
}
