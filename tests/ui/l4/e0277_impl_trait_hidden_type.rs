// The hidden type of `-> impl Shape` must implement Shape: E0277 at the `impl Shape`, naming the
// type the body returns (`{integer}` before defaulting; `()` for a body that never returns). An
// `impl Trait` argument must implement its bounds too.
trait Shape {
    fn area(&self) -> u32;
}

struct Circle;

impl Shape for Circle {
    fn area(&self) -> u32 {
        1
    }
}

fn number() -> impl Shape { //~ ERROR E0277
    5
}

fn never() -> impl Shape { //~ ERROR E0277
    todo!()
}

fn show(s: impl Shape) -> u32 {
    s.area()
}

fn main() {
    number();
    never();
    show(Circle);
    show(3u8); //~ ERROR E0277
}
