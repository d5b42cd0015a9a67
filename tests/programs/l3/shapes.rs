// Shapes: a trait with required methods and default methods built on them, three
// implementations, generic functions over the trait, and a generic container of shapes.
trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn code(&self) -> char;

    fn ratio(&self) -> f64 {
        self.area() / self.perimeter()
    }

    fn is_larger_than<S: Shape>(&self, other: &S) -> bool {
        self.area() > other.area()
    }

    fn print(&self) {
        println!("{} area={:.3} perimeter={:.3} ratio={:.3}", self.code(), self.area(), self.perimeter(), self.ratio());
    }
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

#[derive(Debug, Clone, Copy)]
struct Triangle {
    a: f64,
    b: f64,
    c: f64,
}

const PI: f64 = 3.14159;

impl Shape for Circle {
    fn area(&self) -> f64 {
        PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * PI * self.r
    }
    fn code(&self) -> char {
        'C'
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
    fn code(&self) -> char {
        if self.w == self.h { 'S' } else { 'R' }
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        // Heron's formula, with a few Newton steps for the square root
        let s = self.perimeter() / 2.0;
        let q = s * (s - self.a) * (s - self.b) * (s - self.c);
        let mut x = q;
        for _ in 0..30 {
            x = 0.5 * (x + q / x);
        }
        x
    }
    fn perimeter(&self) -> f64 {
        self.a + self.b + self.c
    }
    fn code(&self) -> char {
        'T'
    }
    fn print(&self) {
        println!("T sides {} {} {} area={:.3}", self.a, self.b, self.c, self.area());
    }
}

struct Gallery<T> {
    shapes: [T; 3],
}

impl<T: Shape> Gallery<T> {
    fn total_area(&self) -> f64 {
        let mut sum = 0.0;
        for i in 0..3 {
            sum += self.shapes[i].area();
        }
        sum
    }

    fn biggest(&self) -> usize {
        let mut best = 0;
        for i in 1..3 {
            if self.shapes[i].is_larger_than(&self.shapes[best]) {
                best = i;
            }
        }
        best
    }

    fn print_all(&self) {
        for i in 0..3 {
            self.shapes[i].print();
        }
    }
}

fn main() {
    let c = Circle { r: 2.0 };
    let r = Rect { w: 3.0, h: 4.5 };
    let t = Triangle { a: 3.0, b: 4.0, c: 5.0 };
    c.print();
    r.print();
    t.print();
    println!("{} {} {}", c.is_larger_than(&r), r.is_larger_than(&t), t.is_larger_than(&c));

    let rects = Gallery { shapes: [Rect { w: 1.0, h: 1.0 }, Rect { w: 2.0, h: 5.0 }, Rect { w: 3.0, h: 3.0 }] };
    rects.print_all();
    println!("total {:.2}, biggest #{}", rects.total_area(), rects.biggest());
    let circles = Gallery { shapes: [Circle { r: 0.5 }, Circle { r: 1.5 }, Circle { r: 1.0 }] };
    println!("total {:.2}, biggest #{}", circles.total_area(), circles.biggest());
}
