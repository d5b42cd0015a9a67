// `write!` into a program's own `fmt::Write` type is not supported yet (std calls its `write_str`
// once per piece of the format, which the type can observe); its methods can be called.
use std::fmt;
use std::fmt::Write;

struct Counter(usize);

impl fmt::Write for Counter {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0 += s.len();
        Ok(())
    }
}

fn main() {
    let mut c = Counter(0);
    c.write_str("abc").unwrap();
    write!(c, "{}", 12).unwrap(); //~ ERROR ToyRust does not support `write!` into a type other than `String` through `fmt::Write` yet
    println!("{}", c.0);
}
