// `impl Trait` and mono items. An argument-position `impl Shape` is a generic parameter of its
// own: `show::<Circle>`, and after the named ones, `pair::<Square, Circle>`. A function returning
// `impl Shape` is no generic (`make`), and where its opaque type is a type argument the item names
// the hidden type, as rustc's does (`wrap::<Circle>`, `show::<Wrap<Circle>>`): monomorphization
// reveals it. Unsizing an opaque value to `&dyn Shape` makes the hidden type's vtable, and
// dropping one drops the hidden type.
trait Shape {
    fn area(&self) -> u32;
}

struct Circle {
    r: u32,
}

struct Square {
    s: u32,
}

struct Wrap<T> {
    inner: T,
}

struct Noisy;

impl Drop for Noisy {
    //~ MONO_ITEM fn <Noisy as Drop>::drop
    fn drop(&mut self) {}
}

impl Shape for Circle {
    //~ MONO_ITEM fn <Circle as Shape>::area
    fn area(&self) -> u32 {
        self.r
    }
}

impl Shape for Square {
    //~ MONO_ITEM fn <Square as Shape>::area
    fn area(&self) -> u32 {
        self.s
    }
}

impl Shape for Noisy {
    //~ MONO_ITEM fn <Noisy as Shape>::area
    fn area(&self) -> u32 {
        0
    }
}

impl<T: Shape> Shape for Wrap<T> {
    //~ MONO_ITEM fn <Wrap<Circle> as Shape>::area
    //~ MONO_ITEM fn <Wrap<Noisy> as Shape>::area
    fn area(&self) -> u32 {
        self.inner.area()
    }
}

//~ MONO_ITEM fn show::<Circle>
//~ MONO_ITEM fn show::<Wrap<Circle>>
fn show(s: impl Shape) -> u32 {
    s.area()
}

//~ MONO_ITEM fn pair::<Square, Circle>
fn pair<T: Shape>(t: T, u: &impl Shape) -> u32 {
    t.area() + u.area()
}

//~ MONO_ITEM fn make
fn make(r: u32) -> impl Shape {
    Circle { r }
}

//~ MONO_ITEM fn noisy
fn noisy() -> impl Shape {
    Noisy
}

//~ MONO_ITEM fn wrap::<Circle>
//~ MONO_ITEM fn wrap::<Noisy>
fn wrap<T: Shape>(t: T) -> impl Shape {
    Wrap { inner: t }
}

fn measure(s: &dyn Shape) -> u32 {
    s.area()
}

//~ MONO_ITEM fn main
fn main() {
    show(make(1));
    show(wrap(make(2)));
    pair(Square { s: 1 }, &make(3));
    //~ MONO_ITEM fn measure
    measure(&make(4));
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Noisy> - shim(Some(Noisy))
    //~ MONO_ITEM fn std::ptr::drop_in_place::<Wrap<Noisy>> - shim(Some(Wrap<Noisy>))
    let w = wrap(noisy());
    measure(&w);
}
