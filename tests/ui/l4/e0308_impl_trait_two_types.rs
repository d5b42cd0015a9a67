// A function returning `impl Shape` returns one type: its body decides which, and a second one is
// E0308 (rustc suggests `Box<dyn Shape>`). A caller cannot see the hidden type either.
trait Shape {
    fn area(&self) -> u32;
}

struct Circle;
struct Square;

impl Shape for Circle {
    fn area(&self) -> u32 {
        1
    }
}

impl Shape for Square {
    fn area(&self) -> u32 {
        2
    }
}

fn early(b: bool) -> impl Shape {
    if b {
        return Circle;
    }
    Square //~ ERROR E0308
}

fn branches(b: bool) -> impl Shape {
    if b { Circle } else { Square } //~ ERROR E0308
}

fn make() -> impl Shape {
    Circle
}

fn main() {
    early(true);
    branches(true);
    let c: Circle = make(); //~ ERROR E0308
}
