// A closure returned as `impl Fn` is its function's item `make_adder::{closure#0}` (one per
// instance of a generic function: `adder::<i64>::{closure#0}`), called from the caller through
// the opaque type's bound; a generic function taking it is instantiated at the hidden type.

//~ MONO_ITEM fn <i64 as Add>::add
//~ MONO_ITEM fn adder::<i64>
//~ MONO_ITEM fn adder::<i64>::{closure#0}
//~ MONO_ITEM fn counter
//~ MONO_ITEM fn counter::{closure#0}
//~ MONO_ITEM fn main
//~ MONO_ITEM fn make_adder
//~ MONO_ITEM fn make_adder::{closure#0}
//~ MONO_ITEM fn twice::<{closure@tests/mono/closures_returned.rs:19:5: 19:13}>
//~ MONO_ITEM fn twice::<{closure@tests/mono/closures_returned.rs:19:5: 19:13}>::{closure#0}

use std::ops::Add;

fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x + k
}

fn adder<T: Copy + Add<Output = T>>(k: T) -> impl Fn(T) -> T {
    move |x| x + k
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    move || {
        n += 1;
        n
    }
}

fn twice(f: impl Fn(i32) -> i32) -> impl Fn(i32) -> i32 {
    move |x| f(f(x))
}

fn main() {
    let add5 = make_adder(5);
    let _ = add5(1);
    let add = adder(7i64);
    let _ = add(3);
    let mut c = counter();
    let _ = c();
    let t = twice(make_adder(3));
    let _ = t(0);
}
