// Derived impls are items, as rustc's derive output is: a derive writes `clone`, `eq`,
// `partial_cmp` and `default`, and `!=`, `<` on the type reach the trait's default `ne`, `lt`,
// which call them. A field with a hand-written impl is called from the derived one.
#[derive(Clone, PartialEq, PartialOrd, Default)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Clone, Copy, PartialEq)]
enum Shape {
    Dot,
    Square(i32),
}

struct Counter(u8);

impl Clone for Counter {
    //~ MONO_ITEM fn <Counter as Clone>::clone
    fn clone(&self) -> Counter {
        Counter(self.0 + 1)
    }
}

#[derive(Clone)]
struct Holder {
    counter: Counter,
}

//~ MONO_ITEM fn main
fn main() {
    let p = Point { x: 1, y: 2 };
    //~ MONO_ITEM fn <Point as Clone>::clone
    let q = p.clone();
    //~ MONO_ITEM fn <Point as PartialEq>::eq
    //~ MONO_ITEM fn <Point as PartialEq>::ne
    println!("{} {}", p == q, p != q);
    //~ MONO_ITEM fn <Point as PartialOrd>::lt
    //~ MONO_ITEM fn <Point as PartialOrd>::partial_cmp
    //~ MONO_ITEM fn <i32 as PartialOrd>::partial_cmp
    println!("{}", p < q);
    //~ MONO_ITEM fn <Point as Default>::default
    //~ MONO_ITEM fn <i32 as Default>::default
    let d = Point::default();
    println!("{}", d.x + d.y);
    //~ MONO_ITEM fn <Shape as PartialEq>::eq
    println!("{}", Shape::Square(2) == Shape::Dot);
    //~ MONO_ITEM fn <Holder as Clone>::clone
    let h = Holder { counter: Counter(1) }.clone();
    println!("{}", h.counter.0);
    //~ MONO_ITEM fn <(Counter, i32) as Clone>::clone - shim((Counter, i32))
    let t = (Counter(5), 1).clone();
    println!("{}", t.0 .0);
}
