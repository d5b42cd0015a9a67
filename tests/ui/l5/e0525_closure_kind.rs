// A closure that moves a captured value out is only `FnOnce`: it cannot be passed where `Fn` is required.
fn apply<F: Fn() -> String>(f: F) -> String {
    f()
}

fn main() {
    let s = String::from("a");
    let f = move || s; //~ ERROR E0525
    println!("{}", apply(f));
}
