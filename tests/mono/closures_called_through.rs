// A closure called through `&F`, `&mut F` or a field is called as `F` itself: no item for std's
// `impl Fn for &F` (rustc's list has none either), only the callers' instances and the bodies.

//~ MONO_ITEM fn Holder::<{closure@tests/mono/closures_called_through.rs:38:15: 38:18}>::run
//~ MONO_ITEM fn call_mut::<{closure@tests/mono/closures_called_through.rs:45:19: 45:22}>
//~ MONO_ITEM fn call_ref::<{closure@tests/mono/closures_called_through.rs:38:15: 38:18}>
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn main::{closure#1}
//~ MONO_ITEM fn make
//~ MONO_ITEM fn make::{closure#0}

struct Holder<F: Fn(i32) -> i32> {
    f: F,
}

impl<F: Fn(i32) -> i32> Holder<F> {
    fn run(&self, x: i32) -> i32 {
        (self.f)(x)
    }
}

fn call_ref<F: Fn(i32) -> i32>(f: &F, x: i32) -> i32 {
    f(x)
}

fn call_mut<F: FnMut(i32)>(f: &mut F) {
    f(1);
    f(2);
}

fn make(k: i32) -> impl Fn(i32) -> i32 {
    move |x| x * k
}

fn main() {
    let k = 3;
    let add = |x| x + k;
    let r = &add;
    println!("{}", r(1));
    println!("{}", call_ref(&add, 2));
    let h = Holder { f: add };
    println!("{}", h.run(4));
    let mut total = 0;
    let mut acc = |x| total += x;
    call_mut(&mut acc);
    call_mut(&mut acc);
    println!("{}", total);
    println!("{}", make(2)(21));
}

