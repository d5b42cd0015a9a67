// A parameter is a pattern that must match every value of its type (rustc: "refutable pattern in
// function argument"), in free functions, methods and nested functions alike.
enum Shape {
    Dot,
    Square(u32),
}

struct Grid;

impl Grid {
    fn area(&self, Shape::Square(side): Shape) -> u32 { //~ ERROR E0005
        side * side
    }
}

fn unwrap_or_zero(Some(n): Option<i32>) -> i32 { //~ ERROR refutable pattern in function argument
    n
}

fn main() {
    fn first_is_one((1, b): (u8, u8)) -> u8 { //~ ERROR E0005
        b
    }
    let dot = Shape::Dot;
    println!("{}", Grid.area(dot));
    println!("{}", unwrap_or_zero(None));
    println!("{}", first_is_one((1, 2)));
}
