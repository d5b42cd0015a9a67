// Calling an `FnOnce` moves it: behind a reference that is E0507, and a `dyn FnOnce` is also
// unsized (E0161). rustc reports both from its borrow checker.
fn run(f: &dyn FnOnce() -> i32) -> i32 {
    f()
    //~^ ERROR E0161
    //~^^ ERROR E0507
}

fn run_generic<F: FnOnce() -> i32>(f: &F) -> i32 {
    f() //~ ERROR E0507
}

fn main() {
    println!("{}", run(&|| 1));
    println!("{}", run_generic(&|| 2));
}
