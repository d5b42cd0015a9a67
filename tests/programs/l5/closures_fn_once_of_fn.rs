// An `Fn` or `FnMut` closure passed where `FnOnce` is required: `call_once` borrows the closure
// it is given, calls the body, then drops the closure and what it owns (rustc's ClosureOnceShim).
struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn once<F: FnOnce(i32) -> i32>(f: F) -> i32 {
    println!("once");
    let r = f(2);
    println!("after the call");
    r
}

fn main() {
    let k = 3;
    println!("{}", once(|x| x + k));
    let mut c = 10;
    println!("{}", once(|x| {
        c += x;
        c
    }));
    println!("c = {}", c);
    let owned = Noisy("owned");
    println!("{}", once(move |x| {
        let r = &owned;
        x + r.0.len() as i32
    }));
    println!("end");
}
