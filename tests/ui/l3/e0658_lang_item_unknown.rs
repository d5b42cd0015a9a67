// `#[lang]` belongs to the standard library: in a program it is an error, and a name the
// compiler does not know is a second one.
#[lang = "frobnicate"] //~ ERROR E0658
//~^ ERROR E0522
trait Frobnicate {
    fn frob(&self) -> i32;
}

impl Frobnicate for i32 {
    fn frob(&self) -> i32 {
        *self
    }
}

fn main() {
    println!("{}", 3.frob());
}
