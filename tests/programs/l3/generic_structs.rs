// Generic structs with one and two type parameters, tuple structs, and nesting.
#[derive(Debug, Clone, Copy)]
struct Point<T> {
    x: T,
    y: T,
}

#[derive(Debug)]
struct Pair<A, B> {
    first: A,
    second: B,
}

#[derive(Debug, Clone, Copy)]
struct Meters<T>(T);

fn swap<A, B>(p: Pair<A, B>) -> Pair<B, A> {
    Pair { first: p.second, second: p.first }
}

fn main() {
    let pi = Point { x: 1, y: -2 };
    let pf = Point { x: 0.5, y: 2.0 };
    let pc = Point { x: 'a', y: 'b' };
    println!("{:?} {:?} {:?}", pi, pf, pc);
    println!("{} {} {}", pi.x + pi.y, pf.x * pf.y, pc.y);

    let p = Pair { first: 7u8, second: true };
    println!("{:?}", p);
    let q = swap(p);
    println!("{:?}", q);
    println!("{} {}", q.first, q.second);

    let m = Meters(12.5);
    let n = Meters(3u64);
    println!("{:?} {:?} {}", m, n, m.0 + n.0 as f64);

    let nested = Pair { first: Point { x: 1i64, y: 2 }, second: Meters('z') };
    println!("{:?}", nested);
    println!("{}", nested.first.y);
    println!("{}", nested.second.0);
    let grid = [Point { x: 0u8, y: 0 }, Point { x: 1, y: 2 }, Point { x: 3, y: 4 }];
    let mut total = 0u32;
    for i in 0..grid.len() {
        total += (grid[i].x + grid[i].y) as u32;
    }
    println!("total {}", total);
}
