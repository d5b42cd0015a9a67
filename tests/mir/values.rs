// Structs with an update base, arrays and indexing, tuples, casts, references, panics and exit.
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

fn moved(p: Point, dy: i32) -> Point {
    Point { y: p.y + dy, x: 0, ..p }
}

fn pick(a: [i64; 4], i: usize) -> i64 {
    let twice = [a[i]; 2];
    twice[1] + a.len() as i64
}

fn bump(r: &mut i32, level: Level) {
    *r += level as i32;
}

fn check(n: i32) {
    if n > 100 {
        panic!("too big: {}", n);
    }
    if n < 0 {
        std::process::exit(2);
    }
}

fn main() {
    let mut n = 1;
    bump(&mut n, Level::High);
    check(n);
    let p = moved(Point { x: 1, y: 2, z: 3 }, n);
    let t = (p.x, (p.y, p.z));
    println!("{:?} {} {}", p, pick([1, 2, 3, 4], 2), (t.1).0);
}
