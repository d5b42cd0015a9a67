// Trait objects behind `&`: unsizing at a `let`, an argument, a return, a struct field and
// array elements; virtual calls of required and default methods.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &str;
    fn describe(&self) -> f64 {
        println!("{} with area {:.2}", self.name(), self.area());
        self.area()
    }
}

struct Circle {
    r: f64,
}

struct Rect {
    w: f64,
    h: f64,
}

#[derive(Debug, Clone, Copy)]
struct Tri(f64, f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> &str {
        "circle"
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn name(&self) -> &str {
        "rect"
    }
    fn describe(&self) -> f64 {
        println!("a {}x{} rect", self.w, self.h);
        self.area()
    }
}

impl Shape for Tri {
    fn area(&self) -> f64 {
        self.0 * self.1 / 2.0
    }
    fn name(&self) -> &str {
        "triangle"
    }
}

struct Labelled<'a> {
    label: &'a str,
    shape: &'a dyn Shape,
}

fn total(shapes: &[&dyn Shape; 3]) -> f64 {
    let mut sum = 0.0;
    for i in 0..3 {
        sum += shapes[i].area();
    }
    sum
}

fn largest<'a>(a: &'a dyn Shape, b: &'a dyn Shape) -> &'a dyn Shape {
    if a.area() >= b.area() { a } else { b }
}

fn pick<'a>(c: &'a Circle, r: &'a Rect, first: bool) -> &'a dyn Shape {
    if first {
        return c;
    }
    r
}

fn main() {
    let c = Circle { r: 1.5 };
    let r = Rect { w: 2.0, h: 4.5 };
    let t = Tri(3.0, 4.0);
    let s: &dyn Shape = &c;
    println!("{} {:.3}", s.name(), s.area());
    let shapes: [&dyn Shape; 3] = [&c, &r, &t];
    println!("total {:.3}", total(&shapes));
    println!("total again {:.3}", total(&[&t, &t, &c]));
    for i in 0..3 {
        let a = shapes[i].describe();
        println!("  -> {:.1}", a);
    }
    let big = largest(&c, &r);
    println!("largest is the {}", big.name());
    println!("picked {} and {}", pick(&c, &r, true).name(), pick(&c, &r, false).name());
    let l = Labelled { label: "the triangle", shape: &t };
    println!("{}: {:.1} ({:?})", l.label, l.shape.area(), t);
    let nested = Labelled { label: "via field", shape: l.shape };
    println!("{} {}", nested.label, (*nested.shape).name());
}
