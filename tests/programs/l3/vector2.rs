// A 2D vector with operator overloading (Add, Sub, Neg, Mul by a scalar and by a vector,
// Div by a scalar), used in a tiny physics simulation.
use std::ops::{Add, Div, Mul, Neg, Sub};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
struct Vector2 {
    x: f64,
    y: f64,
}

impl Vector2 {
    fn new(x: f64, y: f64) -> Self {
        Vector2 { x, y }
    }

    fn dot(self, o: Vector2) -> f64 {
        self.x * o.x + self.y * o.y
    }

    fn length_squared(self) -> f64 {
        self.dot(self)
    }
}

impl Add for Vector2 {
    type Output = Vector2;
    fn add(self, o: Vector2) -> Vector2 {
        Vector2::new(self.x + o.x, self.y + o.y)
    }
}

impl Sub for Vector2 {
    type Output = Vector2;
    fn sub(self, o: Vector2) -> Vector2 {
        Vector2::new(self.x - o.x, self.y - o.y)
    }
}

impl Neg for Vector2 {
    type Output = Vector2;
    fn neg(self) -> Vector2 {
        Vector2::new(-self.x, -self.y)
    }
}

impl Mul<f64> for Vector2 {
    type Output = Vector2;
    fn mul(self, k: f64) -> Vector2 {
        Vector2::new(self.x * k, self.y * k)
    }
}

// component-wise product
impl Mul for Vector2 {
    type Output = Vector2;
    fn mul(self, o: Vector2) -> Vector2 {
        Vector2::new(self.x * o.x, self.y * o.y)
    }
}

impl Div<f64> for Vector2 {
    type Output = Vector2;
    fn div(self, k: f64) -> Vector2 {
        Vector2::new(self.x / k, self.y / k)
    }
}

struct Body {
    pos: Vector2,
    vel: Vector2,
}

impl Body {
    fn step(&mut self, gravity: Vector2, dt: f64) {
        self.vel = self.vel + gravity * dt;
        self.pos = self.pos + self.vel * dt;
        if self.pos.y < 0.0 {
            self.pos.y = -self.pos.y;
            self.vel = self.vel * Vector2::new(0.9, -0.5);
        }
    }
}

fn centroid<T: Add<Output = T> + Div<f64, Output = T> + Copy>(a: T, b: T, c: T) -> T {
    (a + b + c) / 3.0
}

fn main() {
    let a = Vector2::new(1.0, 2.0);
    let b = Vector2::new(-3.0, 0.5);
    println!("{:?}", a + b);
    println!("{:?}", a - b);
    println!("{:?}", -a);
    println!("{:?}", a * 2.5);
    println!("{:?}", a * b);
    println!("{:?}", b / 2.0);
    println!("{} {}", a.dot(b), (a - b).length_squared());
    println!("{}", a + b - b == a);
    println!("{:?}", Vector2::default());
    println!("{:?}", centroid(a, b, Vector2::new(0.5, 0.5)));
    println!("{:.3}", centroid(1.0, 2.0, 4.0));

    let mut body = Body { pos: Vector2::new(0.0, 2.0), vel: Vector2::new(1.0, 0.0) };
    let g = Vector2::new(0.0, -9.8);
    for i in 0..8 {
        body.step(g, 0.25);
        println!("t={:.2} pos=({:.3}, {:.3}) vel=({:.3}, {:.3})", (i + 1) as f64 * 0.25, body.pos.x, body.pos.y, body.vel.x, body.vel.y);
    }
}
