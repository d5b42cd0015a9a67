// `impl<T: Tr> Tr2 for Wrapper<T>` and `impl<T: Tr> Tr for Wrapper<T>`: impls that exist
// only when the type argument implements a trait, nested two levels deep.
trait Weight {
    fn weight(&self) -> u32;
}

trait Label {
    fn label(&self) -> char;
}

struct Box2<T> {
    inner: T,
    extra: u32,
}

struct Stone;
struct Feather;

impl Weight for Stone {
    fn weight(&self) -> u32 {
        50
    }
}

impl Weight for Feather {
    fn weight(&self) -> u32 {
        1
    }
}

impl Weight for u32 {
    fn weight(&self) -> u32 {
        *self
    }
}

impl<T: Weight> Weight for Box2<T> {
    fn weight(&self) -> u32 {
        self.inner.weight() + self.extra
    }
}

impl<T: Weight> Label for Box2<T> {
    fn label(&self) -> char {
        if self.weight() > 20 { 'H' } else { 'L' }
    }
}

fn ship<T: Label + Weight>(item: &T) {
    println!("{} {}", item.label(), item.weight());
}

fn main() {
    let a = Box2 { inner: Stone, extra: 2 };
    let b = Box2 { inner: Feather, extra: 3 };
    let c = Box2 { inner: Box2 { inner: Feather, extra: 10 }, extra: 10 };
    let d = Box2 { inner: 7u32, extra: 0 };
    ship(&a);
    ship(&b);
    ship(&c);
    ship(&d);
    println!("{}", c.inner.label());
    println!("{}", Stone.weight() + Feather.weight());
}
