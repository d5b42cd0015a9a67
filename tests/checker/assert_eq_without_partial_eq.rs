// `assert_eq!` compares with `PartialEq`: on a type that does not implement it, E0369 at the macro.
// Not a UI test: rustc points its primary span into core's macro, so MacroComparisonTests compares
// the rendered `-->` lines instead.
#[derive(Debug)]
enum Shape {
    Dot(i32),
}

fn main() {
    let a = Shape::Dot(1);
    let b = Shape::Dot(2);
    assert_eq!(a, b); //~ ERROR E0369
}
