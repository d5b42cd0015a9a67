// A user trait named Add next to std's `+` (on primitives, and by `impl std::ops::Add`).
trait Add {
    fn plus(&self, n: i32) -> i32;
}

impl Add for i32 {
    fn plus(&self, n: i32) -> i32 {
        *self + n
    }
}

#[derive(Clone, Copy, Debug)]
struct V(i32, i32);

impl std::ops::Add for V {
    type Output = V;
    fn add(self, other: V) -> V {
        V(self.0 + other.0, self.1 + other.1)
    }
}

impl Add for V {
    fn plus(&self, n: i32) -> i32 {
        self.0 + self.1 + n
    }
}

fn bump<T: Add>(x: &T) -> i32 {
    x.plus(100)
}

fn sum<T: std::ops::Add<Output = T>>(a: T, b: T) -> T {
    a + b
}

fn main() {
    let v = V(1, 2) + V(3, 4);
    println!("{:?} {} {}", v, bump(&v), bump(&5));
    println!("{} {:?}", sum(20, 22), sum(v, V(10, 10)));
    println!("{}", 2.plus(3));
}
