// Crash: "LLVM rejected the generated module: Function return type does not match operand type of
// return inst", compiling to an object file. `total_area::<>(4)` leaves T undetermined; the checker
// made it the error type silently (rustc: E0283 "type annotations needed") and code generation
// lowered it as `()`. Found by `toyrust-fuzz mutate --seed 1000000` (mutant 47736,
// tests/programs/l3/trait_assoc_constructor.rs with DeleteToken).
// A trait with an associated function without self, used as a constructor through a bound
// (`T::create()`), next to methods that use the created value.
trait Shape {
    fn unit() -> Self;
    fn scaled(&self, k: u32) -> Self;
    fn area(&self) -> u32;
}

#[derive(Debug)]
struct Square {
    side: u32,
}

#[derive(Debug)]
struct Rect {
    w: u32,
    h: u32,
}

impl Shape for Square {
    fn unit() -> Self {
        Square { side: 1 }
    }
    fn scaled(&self, k: u32) -> Self {
        Square { side: self.side * k }
    }
    fn area(&self) -> u32 {
        self.side * self.side
    }
}

impl Shape for Rect {
    fn unit() -> Self {
        Rect { w: 2, h: 1 }
    }
    fn scaled(&self, k: u32) -> Self {
        Rect { w: self.w * k, h: self.h * k }
    }
    fn area(&self) -> u32 {
        self.w * self.h
    }
}

fn make_scaled<T: Shape>(k: u32) -> T {
    let u = T::unit();
    u.scaled(k)
}

fn total_area<T: Shape>(n: u32) -> u32 {
    let mut sum = 0;
    for k in 1..=n {
        let s: T = make_scaled(k);
        sum += s.area();
    }
    sum
}

fn main() {
    let s: Square = make_scaled(3);
    let r = make_scaled::<Rect>(4);
    println!("{:?} area {}", s, s.area());
    println!("{:?} area {}", r, r.area());
    println!("{}", total_area::<>(4));
    println!("{}", total_area::<Rect>(4));
    let u = Square::unit();
    let v = Rect::unit();
    println!("{:?} {:?}", u, v);
}
