// Enums with unit variants only: values, matching, methods, arrays of them.
#[derive(Clone, Copy)]
enum Dir {
    North,
    East,
    South,
    West,
}

impl Dir {
    fn turn_right(self) -> Dir {
        match self {
            Dir::North => Dir::East,
            Dir::East => Dir::South,
            Dir::South => Dir::West,
            Dir::West => Dir::North,
        }
    }

    fn name(self) -> &'static str {
        match self {
            Dir::North => "north",
            Dir::East => "east",
            Dir::South => "south",
            Dir::West => "west",
        }
    }
}

fn main() {
    let mut d = Dir::North;
    for _ in 0..5 {
        print!("{} ", d.name());
        d = d.turn_right();
    }
    println!();
    let all = [Dir::West, Dir::South];
    println!("{} {}", all[0].name(), all[1].turn_right().name());
}
