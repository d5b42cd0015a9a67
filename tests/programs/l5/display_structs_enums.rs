// `impl fmt::Display` for structs and enums, `{}` of them, nested impls (a field with its own
// Display), `to_string()` and `format!` of user values.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

enum Shape {
    Circle { center: Point, radius: f64 },
    Segment(Point, Point),
    Empty,
}

impl fmt::Display for Shape {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Shape::Circle { center, radius } => write!(f, "circle at {} with radius {}", center, radius),
            Shape::Segment(a, b) => write!(f, "segment {} -> {}", a, b),
            Shape::Empty => f.write_str("nothing"),
        }
    }
}

struct Line {
    label: String,
    shapes: Vec<Shape>,
}

impl fmt::Display for Line {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let _ = writeln!(f, "{}:", self.label);
        let mut i = 0;
        while i < self.shapes.len() {
            let _ = writeln!(f, "  {}. {}", i + 1, self.shapes[i]);
            i += 1;
        }
        write!(f, "({} shapes)", self.shapes.len())
    }
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{}", p);
    println!("p = {p}, again {0} and {0}", p);
    let r = &p;
    println!("through a reference: {} {}", r, &r);
    let shapes = vec![
        Shape::Circle { center: Point { x: 0, y: 0 }, radius: 1.5 },
        Shape::Segment(Point { x: 1, y: 2 }, Point { x: 3, y: 4 }),
        Shape::Empty,
    ];
    for s in &shapes {
        println!("{}", s);
    }
    let line = Line { label: String::from("drawing"), shapes: shapes };
    println!("{}", line);
    let text = line.to_string();
    println!("{} bytes", text.len());
    let again = format!("[{}|{}]", p, Shape::Empty);
    println!("{}", again);
    eprintln!("to stderr: {}", p);
}
