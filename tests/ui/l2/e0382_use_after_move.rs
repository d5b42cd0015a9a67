// A struct without `Copy` is moved by a call that takes it by value; using it again is E0382.
struct P {
    x: i32,
}

fn take(p: P) -> i32 {
    p.x
}

fn main() {
    let p = P { x: 1 };
    let a = take(p);
    let b = take(p); //~ ERROR E0382
    println!("{} {}", a, b);
}
