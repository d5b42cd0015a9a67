// `fmt` without `&self` (E0186): std's trait has it.
use std::fmt;

struct P;

impl fmt::Debug for P {
    fn fmt(_f: &mut fmt::Formatter) -> fmt::Result { //~ ERROR E0186
        Ok(())
    }
}

fn main() {}
