// An impl of `fmt` must have Display's signature: the return type (E0053).
use std::fmt;

struct P;

impl fmt::Display for P {
    fn fmt(&self, _f: &mut fmt::Formatter) -> i32 { //~ ERROR E0053
        0
    }
}

fn main() {}
