// `+` between a user type whose only Add impl takes itself, and an integer: with one impl
// rustc expects the right-hand side to be that type (E0308, not E0277).
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl Add for Meters {
    type Output = Meters;
    fn add(self, o: Meters) -> Meters {
        Meters(self.0 + o.0)
    }
}

fn main() {
    let a = Meters(2);
    println!("{:?}", a + a);
    println!("{:?}", a + 3); //~ ERROR E0308
}
