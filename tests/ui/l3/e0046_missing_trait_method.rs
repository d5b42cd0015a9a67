// An impl that leaves out a required method (the default one may be left out).
trait Animal {
    fn name(&self) -> char;
    fn legs(&self) -> u32;
    fn describe(&self) -> u32 {
        self.legs()
    }
}

struct Dog;

impl Animal for Dog { //~ ERROR E0046
    fn name(&self) -> char {
        'd'
    }
}

fn main() {
    println!("{}", Dog.name());
}
