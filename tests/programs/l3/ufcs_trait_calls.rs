// Trait methods called with path syntax: `Trait::method(&x)`, `Type::method(&x)`, and
// two traits with the same method name on one type, told apart by the trait path.
trait Pilot {
    fn fly(&self) -> u32;
    fn id() -> char;
}

trait Wizard {
    fn fly(&self) -> u32;
}

struct Human {
    height: u32,
}

impl Pilot for Human {
    fn fly(&self) -> u32 {
        self.height * 10
    }
    fn id() -> char {
        'P'
    }
}

impl Wizard for Human {
    fn fly(&self) -> u32 {
        self.height + 1
    }
}

impl Human {
    fn fly(&self) -> u32 {
        0
    }
}

trait Double {
    fn double(&self) -> Self;
}

impl Double for i32 {
    fn double(&self) -> i32 {
        *self * 2
    }
}

fn both<T: Pilot + Wizard>(x: &T) -> u32 {
    Pilot::fly(x) + Wizard::fly(x)
}

fn main() {
    let h = Human { height: 3 };
    println!("{}", h.fly());
    println!("{}", Pilot::fly(&h));
    println!("{}", Wizard::fly(&h));
    println!("{}", Human::fly(&h));
    println!("{}", both(&h));
    println!("{}", Human::id());
    println!("{}", Double::double(&21));
    println!("{}", i32::double(&-4));
    println!("{}", 5.double().double());
}
