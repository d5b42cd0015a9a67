// `+` with a right-hand side type that none of the user type's two Add impls accepts.
use std::ops::Add;

#[derive(Debug, Clone, Copy)]
struct Meters(u32);

impl Add for Meters {
    type Output = Meters;
    fn add(self, o: Meters) -> Meters {
        Meters(self.0 + o.0)
    }
}

impl Add<u32> for Meters {
    type Output = Meters;
    fn add(self, k: u32) -> Meters {
        Meters(self.0 + k)
    }
}

fn main() {
    let a = Meters(2);
    println!("{:?} {:?}", a + a, a + 1);
    println!("{:?}", a + true); //~ ERROR E0277
}
