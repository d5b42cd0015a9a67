// `Box<dyn FnOnce()>` is called by value (rustc moves the unsized closure out of the box):
// ToyRust reports it as not supported; rustc accepts this program.
fn main() {
    let s = String::from("bye");
    let f: Box<dyn FnOnce()> = Box::new(move || drop(s)); //~ ERROR ToyRust does not support `dyn FnOnce` yet
    f();
}
