// An array element is a coercion site too: the element that does not implement the trait is the error.
trait Shape {
    fn area(&self) -> i32;
}

struct Circle;
struct Square;

impl Shape for Circle {
    fn area(&self) -> i32 {
        1
    }
}

fn main() {
    let q = Square;
    let all: [&dyn Shape; 2] = [&Circle, &q]; //~ ERROR E0277
    println!("{}", all[0].area());
}
