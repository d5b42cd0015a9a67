// A user trait named Default next to std's (derived, by a `std::default::Default` bound, on primitives).
trait Default {
    fn fallback() -> Self;
}

#[derive(Default, Debug)]
struct Config {
    depth: u8,
    verbose: bool,
}

impl Default for Config {
    fn fallback() -> Self {
        Config { depth: 9, verbose: true }
    }
}

impl Default for i64 {
    fn fallback() -> Self {
        -1
    }
}

fn pick<T: Default>() -> T {
    T::fallback()
}

fn zero<T: std::default::Default>() -> T {
    T::default()
}

fn main() {
    let a: Config = pick();
    let b: Config = zero();
    let c: i64 = pick();
    let d: i64 = zero();
    println!("{:?} {:?} {} {}", a, b, c, d);
}
