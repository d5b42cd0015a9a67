// A closure's body is a function of its own: `break` cannot leave a loop around the closure.
fn main() {
    loop {
        let f = || {
            break; //~ ERROR E0267
        };
        f();
    }
}
