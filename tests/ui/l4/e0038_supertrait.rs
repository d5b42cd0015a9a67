// A supertrait's method that cannot go in a vtable makes the subtrait not dyn compatible too;
// a parameter of type `Self` is as bad as a return type.
trait Base {
    fn same(&self, other: Self) -> bool;
}

trait Derived: Base {
    fn id(&self) -> u8;
}

fn main() {
    let _unused: Option<&dyn Derived> = None; //~ ERROR E0038
}
