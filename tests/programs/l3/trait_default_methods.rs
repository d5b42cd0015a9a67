// A trait with required methods and default methods; some impls override a default,
// and a default method calls required ones.
trait Animal {
    fn name(&self) -> char;
    fn legs(&self) -> u32;

    fn speak(&self) {
        println!("{} makes a sound", self.name());
    }

    fn describe(&self) {
        println!("{} has {} legs", self.name(), self.legs());
        self.speak();
    }

    fn is_biped(&self) -> bool {
        self.legs() == 2
    }
}

struct Dog;
struct Bird {
    can_fly: bool,
}
struct Spider {
    id: u8,
}

impl Animal for Dog {
    fn name(&self) -> char {
        'D'
    }
    fn legs(&self) -> u32 {
        4
    }
    fn speak(&self) {
        println!("woof");
    }
}

impl Animal for Bird {
    fn name(&self) -> char {
        if self.can_fly { 'B' } else { 'P' }
    }
    fn legs(&self) -> u32 {
        2
    }
}

impl Animal for Spider {
    fn name(&self) -> char {
        (b'0' + self.id) as char
    }
    fn legs(&self) -> u32 {
        8
    }
    fn describe(&self) {
        println!("spider #{} is not described", self.id);
    }
}

fn report<A: Animal>(a: &A) {
    a.describe();
    println!("biped: {}", a.is_biped());
}

fn main() {
    report(&Dog);
    report(&Bird { can_fly: true });
    report(&Bird { can_fly: false });
    report(&Spider { id: 7 });
    Spider { id: 3 }.speak();
}
