// Trait objects: an unsizing coercion is an explicit cast (rustc's `PointerCoercion(Unsize)`),
// a call on a trait object a virtual call through the vtable (printed as rustc prints it,
// `<dyn Shape as Shape>::area`), a `&mut self` receiver a reborrow `&mut (*_1)`, and an upcast
// to a supertrait another unsizing cast. rustc's MIR differs in notation only: it marks
// `StorageLive`/`StorageDead` of every local and unwind edges.
trait Named {
    fn name(&self) -> u32;
}

trait Shape: Named {
    fn area(&self) -> u32;
    fn grow(&mut self);
}

struct Square(u32);

impl Named for Square {
    fn name(&self) -> u32 {
        4
    }
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.0 * self.0
    }
    fn grow(&mut self) {
        self.0 += 1;
    }
}

fn area_of(s: &dyn Shape) -> u32 {
    s.area()
}

fn grow(s: &mut dyn Shape) {
    s.grow();
}

fn as_named(s: &dyn Shape) -> &dyn Named {
    s
}

fn main() {
    let mut q = Square(3);
    grow(&mut q);
    let s: &dyn Shape = &q;
    println!("{} {}", area_of(s), as_named(s).name());
}
