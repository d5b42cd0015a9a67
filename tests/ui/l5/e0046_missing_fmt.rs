// An impl of Display must define `fmt` (E0046).
use std::fmt;

struct P;

impl fmt::Display for P { //~ ERROR E0046
}

fn main() {}
