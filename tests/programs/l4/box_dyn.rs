// Box<dyn Trait>: unsizing at let, arguments, returns, struct fields and branches; virtual
// calls through the box; upcasting a boxed trait object; dropping through the vtable.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> &'static str {
        "shape"
    }
    fn grow(&mut self, k: f64);
}

trait Solid: Shape {
    fn volume(&self, h: f64) -> f64 {
        self.area() * h
    }
}

struct Square(f64);
struct Circle {
    r: f64,
    id: u32,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
    fn grow(&mut self, k: f64) {
        self.0 *= k;
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
    fn name(&self) -> &'static str {
        "circle"
    }
    fn grow(&mut self, k: f64) {
        self.r *= k;
    }
}

impl Solid for Circle {}

impl Drop for Circle {
    fn drop(&mut self) {
        println!("drop circle {}", self.id);
    }
}

struct Scene {
    main: Box<dyn Shape>,
    extra: Box<dyn Shape>,
}

fn make(n: u32) -> Box<dyn Shape> {
    if n % 2 == 0 {
        Box::new(Square(n as f64))
    } else {
        Box::new(Circle { r: n as f64, id: n })
    }
}

fn total(a: &dyn Shape, b: Box<dyn Shape>) -> f64 {
    a.area() + b.area()
}

fn describe(s: &Box<dyn Shape>) -> String2 {
    String2(s.name(), s.area())
}

struct String2(&'static str, f64);

fn main() {
    let s: Box<dyn Shape> = Box::new(Square(2.0));
    println!("{} {}", s.name(), s.area());
    let mut c = make(3);
    c.grow(2.0);
    println!("{} {}", c.name(), c.area());
    let d = describe(&c);
    println!("{} {}", d.0, d.1);
    println!("total {}", total(&*s, make(4)));
    let scene = Scene { main: make(5), extra: Box::new(Square(1.5)) };
    println!("scene {} {}", scene.main.area(), scene.extra.area());
    let solid: Box<dyn Solid> = Box::new(Circle { r: 1.0, id: 7 });
    println!("volume {}", solid.volume(2.0));
    let up: Box<dyn Shape> = solid;
    println!("upcast {} {}", up.name(), up.area());
    let moved = c;
    println!("end {}", moved.area());
}
