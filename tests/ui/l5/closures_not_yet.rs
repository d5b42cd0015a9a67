// What L5 has of closures and ToyRust does not yet: it says so (rustc accepts this program).
fn adder() -> impl Fn(i32) -> i32 {
    |x| x + 1
}

fn main() {
    let boxed: Box<dyn FnOnce(i32) -> i32> = Box::new(|x| x); //~ ERROR ToyRust does not support `dyn FnOnce` yet
    println!("{}", adder()(1));
}
