// Unsizing to `dyn` makes a vtable, and with it an item for EVERY method in it, called or not,
// as rustc's collector does: the trait's and its supertraits' methods, default methods as the
// type's instances. `where Self: Sized` methods are not in the vtable (and not items unless
// called directly). A virtual call makes no item of its own; upcasting makes none either.
// A type that is never unsized makes no vtable: `Square`'s methods are not items.
trait Named {
    fn name(&self) -> u32;
    fn tag(&self) -> u32 {
        7
    }
}

trait Shape: Named {
    fn area(&self) -> u32;
    fn scale(&mut self, k: u32);
    fn describe(&self) -> u32 {
        self.area() + self.name()
    }
    fn make() -> Self
    where
        Self: Sized;
    fn unused(&self) -> u32 {
        3
    }
}

struct Circle {
    r: u32,
}

struct Square {
    s: u32,
}

impl Named for Circle {
    //~ MONO_ITEM fn <Circle as Named>::name
    fn name(&self) -> u32 {
        1
    }
}

//~ MONO_ITEM fn <Circle as Named>::tag
//~ MONO_ITEM fn <Circle as Shape>::describe
//~ MONO_ITEM fn <Circle as Shape>::unused
impl Shape for Circle {
    //~ MONO_ITEM fn <Circle as Shape>::area
    fn area(&self) -> u32 {
        3 * self.r * self.r
    }
    //~ MONO_ITEM fn <Circle as Shape>::scale
    fn scale(&mut self, k: u32) {
        self.r *= k;
    }
    fn make() -> Self {
        Circle { r: 1 }
    }
}

impl Named for Square {
    fn name(&self) -> u32 {
        2
    }
}

impl Shape for Square {
    fn area(&self) -> u32 {
        self.s * self.s
    }
    fn scale(&mut self, k: u32) {
        self.s *= k;
    }
    fn make() -> Self {
        Square { s: 1 }
    }
}

//~ MONO_ITEM fn total
fn total(shapes: &[&dyn Shape; 2]) -> u32 {
    shapes[0].area() + shapes[1].describe()
}

//~ MONO_ITEM fn as_dyn::<Circle>
fn as_dyn<T: Shape>(x: &T) -> &dyn Shape {
    x
}

//~ MONO_ITEM fn main
fn main() {
    let mut c = Circle { r: 2 };
    {
        let m: &mut dyn Shape = &mut c;
        m.scale(2);
    }
    let s: &dyn Shape = &c;
    let n: &dyn Named = s;
    let q = Square { s: 3 };
    println!("{} {} {} {}", total(&[s, as_dyn(&c)]), n.tag(), s.name(), q.s);
}
