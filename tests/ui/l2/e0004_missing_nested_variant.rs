// A nested pattern left out: `Shape::Circle(Size::Big)` not covered.
enum Size {
    Small,
    Big,
}

enum Shape {
    Circle(Size),
    Square,
}

fn main() {
    let s = Shape::Circle(Size::Small);
    match s { //~ ERROR E0004 `Shape::Circle(Size::Big)` not covered
        Shape::Circle(Size::Small) => println!("small circle"),
        Shape::Square => println!("square"),
    }
    let _b = Shape::Circle(Size::Big);
}
