//@ exit-code: 101
// Method chains, turbofish calls and struct literals (with `..base`) around `==`: the
// comparison breaks before its right operand, which is indented 4.
#[derive(Clone, Copy, PartialEq, Debug, Default)]
struct Point {
    x: i64,
    y: i64,
    z: i64,
}

impl Point {
    fn new(x: i64, y: i64, z: i64) -> Point {
        Point { x, y, z }
    }
    fn scale(self, k: i64) -> Point {
        Point { x: self.x * k, y: self.y * k, z: self.z * k }
    }
    fn sum(&self) -> i64 {
        self.x + self.y + self.z
    }
}

fn pick<T: Copy>(a: T, _b: T) -> T {
    a
}

fn main() {
    let base = Point::new(1, 2, 3);
    assert!(pick::<i64>(1, 2) == 1 && Point::default().sum() == 0);
    assert!(Point { x: 11111111111, y: 22222222222, z: 33333333333 } == Point { x: 44444444444, y: 55555555555, ..base } || base.scale(2).scale(3).scale(4).scale(5).sum() == pick::<Option<i64>>(None, Some(2)).unwrap_or(7));
}
