// `Box<dyn FnOnce>`: made from closures that move their captures, called once, or dropped uncalled.
struct Noisy(String);
impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(s: String) -> Box<dyn FnOnce() -> String> {
    Box::new(move || s + "!")
}

fn run(f: Box<dyn FnOnce(i32) -> i32>) -> i32 {
    f(2)
}

fn consume(n: Noisy) -> usize {
    n.0.len()
}

fn main() {
    let f = make(String::from("hi"));
    println!("{}", f());
    let k = 40;
    println!("{}", run(Box::new(move |x| x + k)));
    let n = Noisy(String::from("taken"));
    let g: Box<dyn FnOnce() -> usize> = Box::new(move || consume(n));
    println!("before g");
    println!("g {}", g());
    let kept = Noisy(String::from("kept"));
    let h: Box<dyn FnOnce() -> usize> = Box::new(move || consume(kept));
    println!("h is never called");
    drop(h);
    let fns: Vec<Box<dyn FnOnce() -> String>> = vec![make(String::from("a")), make(String::from("b"))];
    for f in fns {
        println!("{}", f());
    }
    let by_ref = Noisy(String::from("borrowed"));
    let r: Box<dyn FnOnce() -> usize + '_> = Box::new(|| by_ref.0.len());
    println!("r {}", r());
    println!("end");
}
