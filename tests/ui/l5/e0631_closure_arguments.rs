// A closure's written parameter types must be the ones its `Fn` bound gives.
fn takes<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    println!("{}", takes(|_x: bool| 1)); //~ ERROR E0631
}
