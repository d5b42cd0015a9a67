// A trait object type must fix its trait's associated types (E0191).
trait Container {
    type Item;
    fn get(&self) -> Self::Item;
}

fn f(_c: &dyn Container) {} //~ ERROR E0191

fn main() {}
