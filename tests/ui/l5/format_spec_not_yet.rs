// Format specs that are Rust's but not ToyRust's yet say so, rather than calling the spec invalid.
fn main() {
    let x = 1.5;
    let w = 5;
    println!("{:e}", x); //~ ERROR ToyRust does not support the format trait `e` yet
    println!("{:w$}", x); //~ ERROR ToyRust does not support a width or precision taken from an argument in a format spec (`{:w$}`, `{:.p$}`, `{:.*}`) yet
    println!("{:>8.w$}", x); //~ ERROR ToyRust does not support a width or precision taken from an argument in a format spec (`{:w$}`, `{:.p$}`, `{:.*}`) yet
    println!("{:x?}", [w]); //~ ERROR ToyRust does not support the format trait `x?` yet
}
