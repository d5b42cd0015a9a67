// A closure's body is an item of its own, `main::{closure#0}`, reached from the call of
// `Fn::call` (or `call_mut`, `call_once`) on its type; a closure made in a generic function
// has a body, and a type, per instance of that function (`twice::<i32>::{closure#0}`). The
// `FnOnce` closure moves its `Noisy` out, so only `Noisy`'s glue is needed, in its body.

//~ MONO_ITEM fn <Noisy as Drop>::drop
//~ MONO_ITEM fn apply::<{closure@tests/mono/closures.rs:44:15: 44:18}>
//~ MONO_ITEM fn apply_mut::<{closure@tests/mono/closures.rs:47:15: 47:17}>
//~ MONO_ITEM fn consume::<{closure@tests/mono/closures.rs:49:21: 49:28}>
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn main::{closure#1}
//~ MONO_ITEM fn main::{closure#2}
//~ MONO_ITEM fn std::ptr::drop_in_place::<Noisy> - shim(Some(Noisy))
//~ MONO_ITEM fn twice::<bool>
//~ MONO_ITEM fn twice::<bool>::{closure#0}
//~ MONO_ITEM fn twice::<i32>
//~ MONO_ITEM fn twice::<i32>::{closure#0}
struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {}
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_mut<F: FnMut()>(mut f: F) {
    f();
}

fn consume<F: FnOnce() -> i32>(f: F) -> i32 {
    f()
}

fn twice<T: Copy>(x: T) -> (T, T) {
    let pair = |y: T| (y, x);
    pair(x)
}

fn main() {
    let k = 10;
    let add = |x| x + k;
    let _ = add(1) + apply(add, 2);
    let mut count = 0;
    apply_mut(|| count += 1);
    let n = Noisy(3);
    let _ = consume(move || {
        let m = n;
        m.0
    });
    let _ = twice(1);
    let _ = twice(true);
}
