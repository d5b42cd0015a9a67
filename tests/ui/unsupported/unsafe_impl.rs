// `unsafe impl` and `unsafe trait` stop the parse with ToyRust's own message: rustc accepts this program.
unsafe trait Marker {} //~ ERROR ToyRust does not support `unsafe impl` and `unsafe trait` yet

fn main() {}
