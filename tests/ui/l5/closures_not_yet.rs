// What L5 has of closures and ToyRust does not yet: it says so (rustc accepts this program).
fn adder() -> impl Fn(i32) -> i32 {
    |x| x + 1
}

struct P {
    name: String,
}

fn main() {
    let boxed: Box<dyn FnOnce(i32) -> i32> = Box::new(|x| x); //~ ERROR ToyRust does not support `dyn FnOnce` yet
    let p = P { name: String::from("p") };
    let f = move || p.name.len(); //~ ERROR ToyRust does not support capturing a field of a variable by value
    println!("{} {}", f(), adder()(1));
}
