// Crash: InvalidOperationException in the collector. Found by `scripts/fuzz.sh --seed 9400000` (mutant 8550): a malformed derive (`PartialEq<<<…`) left
// `Shape` with `Debug` only, and `assert_eq!` never asked for `PartialEq`: the collector failed
// with "no impl of PartialEq<Shape> for Shape has eq". Now E0369 at the macro, as `==` reports it.
//@ exit-code: 101
// A failing assert_eq! on derived PartialEq + Debug structs prints both sides with {:?}.
#[derive(PartialEq, Debug)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(PartialEq<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<<, Debug)]
enum Shape {
    Dot(Point),
}

fn main() {
    let a = Shape::Dot(Point { x: 1, y: 2 });
    let b = Shape::Dot(Point { x: 1, y: 3 });
    assert_eq!(a, b);
}
