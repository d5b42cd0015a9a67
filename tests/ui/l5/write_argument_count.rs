// `write!`'s format string is checked as `println!`'s: too few arguments, or one never used.
use std::fmt;

struct Pair(i32, i32);

impl fmt::Display for Pair {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} {}", self.0) //~ ERROR 2 positional arguments in format string, but there is 1 argument
    }
}

struct One(i32);

impl fmt::Display for One {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        writeln!(f, "{}", self.0, self.0) //~ ERROR argument never used
    }
}

fn main() {}
