// A glob-imported variant gives way to the program's own struct of the same name; the other
// variants of the glob are named alone in expressions and patterns.
use Dir::*;
#[derive(Debug, Clone, Copy)]
enum Dir { North, East }
#[derive(Debug)]
struct East;
fn main() {
    let e = East;
    println!("{:?} {:?}", e, North);
    match Dir::East { North => println!("n"), Dir::East => println!("e") }
}
