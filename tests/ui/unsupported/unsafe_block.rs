// `unsafe` (level L4) stops the parse with ToyRust's own message: rustc accepts this program.
fn main() {
    let x = unsafe { 1 }; //~ ERROR ToyRust does not support `unsafe` yet
    println!("{}", x);
}
