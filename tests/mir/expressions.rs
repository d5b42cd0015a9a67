// Expressions without operators or control flow: literals, let, tuples, arrays, indexing, `len`,
// struct literals with a base, fields, casts, references, calls, print! and exit.
#[derive(Clone, Copy, Debug)]
struct Point {
    x: i32,
    y: i32,
    z: i32,
}

#[derive(Clone, Copy)]
enum Level {
    Low = 1,
    High = 5,
}

fn with_y(p: Point, y: i32) -> Point {
    Point { y, ..p }
}

fn first<T: Copy>(pair: (T, T)) -> T {
    pair.0
}

fn pick(a: [u8; 4], i: usize) -> u8 {
    let copies = [a[i]; 2];
    copies[1]
}

fn set(r: &mut i32, level: Level) {
    *r = level as i32;
}

fn main() {
    let mut n = 0;
    set(&mut n, Level::High);
    let p = with_y(Point { x: 1, y: 2, z: 3 }, n);
    let t = (p.x, (p.y, 'c'));
    let len = [1.5f64, 2.5].len();
    println!("{:?} {} {} {} {}", p, first((t.0, (t.1).0)), pick([9, 8, 7, 6], 2), len, 300i32 as u8);
    let low = Level::Low;
    std::process::exit(set_and_read(low));
}

fn set_and_read(level: Level) -> i32 {
    let mut n = 7;
    set(&mut n, level);
    n
}
