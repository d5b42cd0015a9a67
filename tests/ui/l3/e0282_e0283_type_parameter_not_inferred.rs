// A type parameter that nothing determines: rustc asks for annotations (E0282), or, when the
// parameter has a bound, says it cannot pick an impl (E0283). ToyRust used to make such a type
// the error type silently and crash in code generation (found by the crash fuzzer: an empty
// turbofish `total_area::<>(4)`).
trait Shape {
    fn area(&self) -> u32;
}

fn make<T>() -> u32 {
    7
}

fn total_area<T: Shape>(n: u32) -> u32 {
    n
}

fn main() {
    println!("{}", make()); //~ ERROR E0282
}

fn other() {
    println!("{}", total_area::<>(4)); //~ ERROR E0283
}
