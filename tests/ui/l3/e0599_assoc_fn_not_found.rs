// Calling an associated function through a bound that does not provide it.
trait Make {
    fn make() -> Self;
}

trait Other {
    fn other(&self) -> u8;
}

fn build<T: Other>() -> T {
    T::make() //~ ERROR E0599
}

impl Other for u8 {
    fn other(&self) -> u8 {
        *self
    }
}

impl Make for u8 {
    fn make() -> Self {
        0
    }
}

fn main() {
    let v: u8 = build();
    println!("{} {}", v.other(), u8::make());
}
