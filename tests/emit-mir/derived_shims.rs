// Compiler-provided impls are shims: MIR bodies built from the type, printed in part 2. A derive
// writes `eq` and `partial_cmp`; `<` on the struct is PartialOrd's default `lt`, which calls
// `partial_cmp`. An enum's `eq` compares discriminants, then the fields of the common variant;
// its `Debug::fmt` switches on the variant and writes the variant's name and fields.
#[derive(Clone, Copy, PartialEq, PartialOrd)]
struct Point {
    x: i32,
    y: f64,
}

#[derive(PartialEq, Debug)]
enum Shape {
    Dot,
    Square(i32),
}

fn main() {
    let p = Point { x: 1, y: 2.5 };
    let q = p.clone();
    println!("{}", p < q);
    println!("{}", Shape::Square(2) == Shape::Dot);
    println!("{:?}", Shape::Square(3));
}
