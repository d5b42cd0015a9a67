// A tuple struct's or variant's constructor used as a value is a function item whose body is
// rustc's constructor shim, listed under the constructor's name (`fn W`, `fn Shape::Circle`):
// an item when it is called through a generic `F: Fn`, or made a `fn` pointer. A call written
// `W(1)` builds the value in place and makes no item.

//~ MONO_ITEM fn <fn(i32) -> W {W} as Fn<(i32,)>>::call - shim(fn(i32) -> W {W})
//~ MONO_ITEM fn <fn(i32) -> Wrap<i32> {Wrap::<i32>} as Fn<(i32,)>>::call - shim(fn(i32) -> Wrap<i32> {Wrap::<i32>})
//~ MONO_ITEM fn Shape::Circle
//~ MONO_ITEM fn Shape::Square
//~ MONO_ITEM fn W
//~ MONO_ITEM fn Wrap::<i32>
//~ MONO_ITEM fn apply::<fn(i32) -> W {W}, W>
//~ MONO_ITEM fn apply::<fn(i32) -> Wrap<i32> {Wrap::<i32>}, Wrap<i32>>
//~ MONO_ITEM fn main

struct W(i32);

struct Wrap<T>(T);

enum Shape {
    Circle(f64),
    Square(f64),
}

fn apply<F: Fn(i32) -> T, T>(f: F, x: i32) -> T {
    f(x)
}

fn main() {
    let direct = W(1);
    let w = apply(W, 2);
    let p = apply(Wrap::<i32>, 3);
    let pointer: fn(f64) -> Shape = Shape::Circle;
    let item = Shape::Square;
    let radius = match pointer(1.0) {
        Shape::Circle(r) | Shape::Square(r) => r,
    };
    let side = match item(2.0) {
        Shape::Circle(s) | Shape::Square(s) => s,
    };
    println!("{} {} {} {} {}", direct.0, w.0, p.0, radius, side);
}
