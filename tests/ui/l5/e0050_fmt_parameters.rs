// `fmt` with a parameter missing (E0050); the trait is std's, so rustc shows its signature in a
// note rather than pointing into it.
use std::fmt;

struct P;

impl fmt::Display for P {
    fn fmt(&self) -> fmt::Result { //~ ERROR E0050
        Ok(())
    }
}

fn main() {}
