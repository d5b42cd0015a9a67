// `where Self: Sized` keeps a method out of the vtable, so the trait stays dyn compatible; such
// a method can still be called on a concrete type. Only the dyn-incompatible `Tr2` is an error.
trait Tr {
    fn get(&self) -> u8;
    fn new_one() -> Self where Self: Sized;
    fn generic<T>(&self, t: T) -> T where Self: Sized { t }
}

trait Tr2 {
    fn new_one() -> Self;
}

struct S(u8);

impl Tr for S {
    fn get(&self) -> u8 { self.0 }
    fn new_one() -> Self { S(1) }
}

fn take(_x: &dyn Tr2) {} //~ ERROR E0038

fn main() {
    let s = S::new_one();
    let d: &dyn Tr = &s;
    println!("{} {}", d.get(), s.generic(5));
}
