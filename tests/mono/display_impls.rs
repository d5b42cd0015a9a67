// `{}` of a user type calls its `<T as Display>::fmt` item (rustc's `Argument::new_display`
// refers to it), also from a generic function, where `T` is the caller's type; a Display impl
// forwarding to a field calls the field's `fmt`, std's for a primitive (a shim in ToyRust; set
// aside in the comparison with rustc, as an std impl for an std type, with the prelude's
// `Formatter::write_str`). A hand-written Debug impl is an item like a derived one.
use std::fmt;

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    //~ MONO_ITEM fn <Point as Display>::fmt
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

struct Wrapper<T>(T);

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    //~ MONO_ITEM fn <Wrapper<Point> as Display>::fmt
    //~ MONO_ITEM fn <Wrapper<i32> as Display>::fmt
    //~ MONO_ITEM fn <i32 as Display>::fmt
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

struct Hidden;

impl fmt::Debug for Hidden {
    //~ MONO_ITEM fn <Hidden as Debug>::fmt
    //~ MONO_ITEM fn Formatter::write_str
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("..")
    }
}

//~ MONO_ITEM fn show::<Point>
//~ MONO_ITEM fn show::<Wrapper<i32>>
fn show<T: fmt::Display>(x: T) {
    println!("<{}>", x);
}

//~ MONO_ITEM fn main
fn main() {
    show(Point { x: 1, y: 2 });
    show(Wrapper(3));
    println!("{} {:?}", Wrapper(Point { x: 4, y: 5 }), Hidden);
}
