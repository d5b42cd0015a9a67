// A user trait named Debug next to std's (derived, and as a `std::fmt::Debug` bound for `{:?}`).
trait Debug {
    fn show(&self) -> i32 {
        7
    }
}

impl Debug for i32 {}

#[derive(Debug)]
struct S {
    a: i32,
}

impl Debug for S {
    fn show(&self) -> i32 {
        self.a * 10
    }
}

fn f<T: Debug>(x: T) -> i32 {
    x.show()
}

fn g<T: std::fmt::Debug>(x: T) {
    println!("{:?}", x);
}

fn main() {
    println!("{} {}", f(41), f(S { a: 4 }));
    g(S { a: 1 });
    g((2, Some(3u8)));
    println!("{:?}", S { a: 2 });
}
