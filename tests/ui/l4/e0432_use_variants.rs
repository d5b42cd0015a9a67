// A `use` of a variant the enum lacks, of a path through a struct, of an undeclared type; the
// variants that resolve are imported all the same.
use Direction::{North, Up}; //~ ERROR E0432
use Nothing::A; //~ ERROR E0432
use Point::new; //~ ERROR E0432

#[derive(Debug)]
enum Direction {
    North,
    South,
}

struct Point;

fn main() {
    use Direction::West; //~ ERROR E0432
    println!("{:?} {:?}", North, Direction::South);
}
