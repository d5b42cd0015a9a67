// A closure's body must return what its `Fn` bound's output says.
fn takes<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    println!("{}", takes(|_x| "one")); //~ ERROR E0308
}
