// Field access and method calls do not dereference raw pointers: `(*p).x` does.
struct Point {
    x: i32,
}

impl Point {
    fn get(&self) -> i32 {
        self.x
    }
}

fn main() {
    let point = Point { x: 1 };
    let p = &point as *const Point;
    let a = p.x; //~ ERROR E0609
    let b = p.get(); //~ ERROR E0599
    let c = unsafe { (*p).x + (*p).get() };
    println!("{} {} {}", a, b, c);
}
