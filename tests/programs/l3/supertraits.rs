// Supertraits: `trait Named: Id`, and a three-level chain whose default methods call up
// the chain; a generic function bounded only by the subtrait uses supertrait methods.
trait Id {
    fn id(&self) -> u32;
}

trait Named: Id {
    fn initial(&self) -> char;
    fn tag(&self) -> u32 {
        self.id() * 100 + self.initial() as u32
    }
}

trait Greeter: Named {
    fn greet(&self) {
        println!("hello {} #{} (tag {})", self.initial(), self.id(), self.tag());
    }
}

struct User {
    id: u32,
    initial: char,
}

struct Robot;

impl Id for User {
    fn id(&self) -> u32 {
        self.id
    }
}

impl Named for User {
    fn initial(&self) -> char {
        self.initial
    }
}

impl Greeter for User {}

impl Id for Robot {
    fn id(&self) -> u32 {
        0
    }
}

impl Named for Robot {
    fn initial(&self) -> char {
        'R'
    }
    fn tag(&self) -> u32 {
        1
    }
}

impl Greeter for Robot {
    fn greet(&self) {
        println!("beep {}", self.tag());
    }
}

fn ids<T: Named>(a: &T, b: &T) -> u32 {
    a.id() + b.id()
}

fn welcome<G: Greeter>(g: &G) -> u32 {
    g.greet();
    g.id()
}

fn main() {
    let u = User { id: 7, initial: 'A' };
    let v = User { id: 35, initial: 'z' };
    println!("{}", ids(&u, &v));
    println!("{}", welcome(&u));
    println!("{}", welcome(&v));
    println!("{}", welcome(&Robot));
    println!("{}", Robot.tag() + u.tag());
}
