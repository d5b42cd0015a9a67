// Vtables of generic types: `&Pair<u8>` and `&Pair<Meters>` unsized to `dyn Describe` make one
// vtable each, and so one instance of the generic impl's methods each; the impl's call of
// `T::describe` then reaches `<u8 as Describe>::describe`. A supertrait's vtable that only an
// upcast would load (Pet's pointer to its Named vtable) adds no item of its own: its methods are
// in the subtrait's vtable already.
trait Describe {
    fn describe(&self) -> u64;
    fn twice(&self) -> u64 {
        self.describe() * 2
    }
}

struct Meters(u64);

struct Pair<T> {
    a: T,
    b: T,
}

impl Describe for Meters {
    //~ MONO_ITEM fn <Meters as Describe>::describe
    fn describe(&self) -> u64 {
        self.0
    }
}

impl Describe for u8 {
    //~ MONO_ITEM fn <u8 as Describe>::describe
    fn describe(&self) -> u64 {
        *self as u64
    }
}

//~ MONO_ITEM fn <Pair<u8> as Describe>::twice
//~ MONO_ITEM fn <Pair<Meters> as Describe>::twice
impl<T: Describe> Describe for Pair<T> {
    //~ MONO_ITEM fn <Pair<u8> as Describe>::describe
    //~ MONO_ITEM fn <Pair<Meters> as Describe>::describe
    fn describe(&self) -> u64 {
        self.a.describe() + self.b.describe()
    }
}

trait Animal {
    fn legs(&self) -> u32;
}

trait Named {
    fn name(&self) -> u32;
}

trait Pet: Animal + Named {
    fn owner(&self) -> u32;
}

struct Dog;

impl Animal for Dog {
    //~ MONO_ITEM fn <Dog as Animal>::legs
    fn legs(&self) -> u32 {
        4
    }
}

impl Named for Dog {
    //~ MONO_ITEM fn <Dog as Named>::name
    fn name(&self) -> u32 {
        1
    }
}

impl Pet for Dog {
    //~ MONO_ITEM fn <Dog as Pet>::owner
    fn owner(&self) -> u32 {
        2
    }
}

//~ MONO_ITEM fn show::<Pair<u8>>
//~ MONO_ITEM fn show::<Pair<Meters>>
fn show<T: Describe>(x: &T) -> u64 {
    let d: &dyn Describe = x;
    d.describe()
}

//~ MONO_ITEM fn main
fn main() {
    let p = Pair { a: 3u8, b: 4u8 };
    let q = Pair { a: Meters(1), b: Meters(2) };
    let pet: &dyn Pet = &Dog;
    let named: &dyn Named = pet;
    println!("{} {} {}", show(&p), show(&q), named.name());
}
