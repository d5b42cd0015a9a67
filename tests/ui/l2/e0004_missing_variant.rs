// A match on an enum that misses a variant; rustc names the pattern `Dir::West` not covered.
enum Dir {
    North,
    East,
    South,
    West,
}

fn main() {
    let d = Dir::East;
    let n = match d { //~ ERROR E0004 `Dir::West` not covered
        Dir::North => 0,
        Dir::East => 1,
        Dir::South => 2,
    };
    println!("{}", n);
    let _unused = Dir::West;
}
