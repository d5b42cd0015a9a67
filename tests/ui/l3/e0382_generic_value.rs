// A type parameter without a `Copy` bound is moved, whatever type it is used at.
fn pair<T>(x: T) -> (T, T) {
    (x, x) //~ ERROR E0382
}

fn main() {
    let (a, b) = pair(3);
    println!("{} {}", a, b);
}
