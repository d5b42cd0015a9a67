// use of enum variants: a list and a glob at the top of the file, a glob and an alias in function
// bodies; the variants named alone in patterns (unit, tuple, struct), constructors and if let.
use Direction::{North, South};
use Shape::*;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    North,
    East,
    South,
    West,
}

#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Empty,
}

fn area(s: &Shape) -> f64 {
    match s {
        Circle(r) => 3.0 * r * r,
        Rect { w, h } => w * h,
        Empty => 0.0,
    }
}

fn turn(d: Direction) -> Direction {
    use Direction::*;
    match d {
        North => East,
        East => South,
        South => West,
        West => North,
    }
}

fn opposite(d: Direction) -> Direction {
    use Direction::West as W;
    match d {
        North => South,
        South => North,
        Direction::East => W,
        W => Direction::East,
    }
}

fn main() {
    println!("{:?} {:?}", opposite(Direction::West), opposite(South));
    let shapes = [Circle(1.0), Rect { w: 2.0, h: 3.0 }, Empty];
    for i in 0..3 {
        println!("{:?} {}", shapes[i], area(&shapes[i]));
    }
    let mut d = North;
    for _ in 0..5 {
        d = turn(d);
        println!("{:?} {}", d, d == South);
    }
    if let North = turn(Direction::West) {
        println!("north again");
    }
}
