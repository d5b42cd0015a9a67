//@ exit-code: 101
// A closure that panics: unwinding drops the values it captured by value, then the caller's.
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn call<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    let _guard = Noisy("guard");
    f(x)
}

fn main() {
    let outer = Noisy("outer");
    let owned = Noisy("owned");
    let divisor = 0;
    let divide = move |x: i32| {
        let r = &owned;
        println!("dividing with {}", r.0);
        x / divisor
    };
    println!("{}", call(divide, 7));
    println!("not reached {}", outer.0);
}
