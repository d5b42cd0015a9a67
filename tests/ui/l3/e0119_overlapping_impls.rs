// Two impls of the same trait for the same type.
trait Describe {
    fn code(&self) -> u8;
}

struct Item;

impl Describe for Item {
    fn code(&self) -> u8 {
        1
    }
}

impl Describe for Item { //~ ERROR E0119
    fn code(&self) -> u8 {
        2
    }
}

fn main() {
    println!("{}", Item.code());
}
