// `--emit mir` of a program with trait objects: the unsizing casts and virtual calls in part 1,
// and after the mono items the vtables, slot by slot (Pet's vtable points to Dog's Named vtable,
// which an upcast to `dyn Named` loads).
trait Animal {
    fn legs(&self) -> u32;
}

trait Named {
    fn name(&self) -> u32;
}

trait Pet: Animal + Named {
    fn owner(&self) -> u32 {
        self.legs() + self.name()
    }
}

struct Dog;

impl Animal for Dog {
    fn legs(&self) -> u32 {
        4
    }
}

impl Named for Dog {
    fn name(&self) -> u32 {
        1
    }
}

impl Pet for Dog {}

fn main() {
    let p: &dyn Pet = &Dog;
    let n: &dyn Named = p;
    println!("{} {}", p.owner(), n.name());
}
