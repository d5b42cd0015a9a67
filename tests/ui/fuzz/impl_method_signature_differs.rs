// An impl method must have the trait method's signature (found by the crash fuzzer: an impl taking
// `self` where the trait says `&self` reached LLVM, whose verifier rejected the generic call).
trait Shape {
    fn perimeter(&self) -> f64;
    fn area(&self) -> f64;
    fn grow(&self, by: f64) -> f64;
    fn scale(&self, by: f64, times: u32) -> f64;
    fn unit() -> f64;
    fn name(&self) -> char;
    fn sides(&self) -> u32;
    fn consume(self) -> f64;
    fn pick<T>(&self, a: T, b: T) -> T;
}

struct Rect {
    w: f64,
}

impl Shape for Rect {
    fn perimeter(self) -> f64 { //~ ERROR E0053
        self.w
    }
    fn area(&mut self) -> f64 { //~ ERROR E0053
        self.w
    }
    fn grow(&self, by: i32) -> f64 { //~ ERROR E0053
        self.w + by as f64
    }
    fn scale(&self, by: f64) -> f64 { //~ ERROR E0050
        self.w * by
    }
    fn unit(&self) -> f64 { //~ ERROR E0185
        self.w
    }
    fn name() -> char { //~ ERROR E0186
        'r'
    }
    fn sides(&self) -> i32 { //~ ERROR E0053
        4
    }
    fn consume(self) -> f64 {
        self.w
    }
    fn pick<U>(&self, a: U, _b: U) -> U {
        a
    }
}

fn show<S: Shape>(s: &S) -> f64 {
    s.perimeter()
}

fn main() {
    println!("{}", show(&Rect { w: 1.0 }));
}
