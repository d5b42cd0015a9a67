// Associated functions: constructors called as `Type::new` and `Self::new`, several impl blocks.
struct Rect {
    w: u32,
    h: u32,
}

impl Rect {
    fn new(w: u32, h: u32) -> Self {
        Self { w, h }
    }

    fn square(side: u32) -> Rect {
        Self::new(side, side)
    }

    fn area(&self) -> u32 {
        self.w * self.h
    }
}

impl Rect {
    fn scaled(&self, k: u32) -> Self {
        Rect::new(self.w * k, self.h * k)
    }

    fn larger(a: Rect, b: Rect) -> Rect {
        if a.area() >= b.area() { a } else { b }
    }
}

fn main() {
    let r = Rect::new(3, 4);
    let s = Rect::square(5);
    println!("{} {}", r.area(), s.area());
    let t = r.scaled(3);
    println!("{} {} {}", t.w, t.h, t.area());
    let big = Rect::larger(t, s);
    println!("{}", big.area());
}
