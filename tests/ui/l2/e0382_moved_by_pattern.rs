// A by-value binding in a pattern moves that part of the matched value: the struct is then
// partially moved, and borrowing it whole is E0382.
struct Inner {
    v: i32,
}

struct Outer {
    inner: Inner,
    n: i32,
}

fn show(o: &Outer) -> i32 {
    o.n
}

fn main() {
    let o = Outer { inner: Inner { v: 1 }, n: 2 };
    match o {
        Outer { inner, n } => println!("{} {}", inner.v, n),
    }
    println!("{}", show(&o)); //~ ERROR E0382
}
