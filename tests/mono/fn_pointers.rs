// A function item is a value of its own zero-sized type, `fn(i32) -> i32 {double}`: handed to a
// generic `F: Fn(i32) -> i32` it makes an instance per function (`apply::<fn(i32) -> i32 {double}>`),
// whose `f(x)` reaches the item's `Fn::call` shim (rustc's `FnPtrShim`), and that calls `double`.
// Made a `fn(i32) -> i32` pointer, it is one instance for every function (`apply::<fn(i32) -> i32>`),
// whose call shim calls through the pointer; a reified function is an item even if never called
// (`unused_but_reified`). Calling an item or a pointer directly needs no shim. A closure that
// captures nothing made a pointer points at its `call_once - shim` (rustc's `ClosureFnPointer`).

//~ MONO_ITEM fn <fn(i32) -> i32 as Fn<(i32,)>>::call - shim(fn(i32) -> i32)
//~ MONO_ITEM fn <{closure@tests/mono/fn_pointers.rs:61:38: 61:41} as FnOnce<(i32,)>>::call_once - shim
//~ MONO_ITEM fn <fn(i32) -> i32 {double} as Fn<(i32,)>>::call - shim(fn(i32) -> i32 {double})
//~ MONO_ITEM fn <fn(i32) -> i32 {id::<i32>} as Fn<(i32,)>>::call - shim(fn(i32) -> i32 {id::<i32>})
//~ MONO_ITEM fn <fn(i32) -> i32 {triple} as FnOnce<(i32,)>>::call_once - shim(fn(i32) -> i32 {triple})
//~ MONO_ITEM fn apply::<fn(i32) -> i32 {double}>
//~ MONO_ITEM fn apply::<fn(i32) -> i32 {id::<i32>}>
//~ MONO_ITEM fn apply::<fn(i32) -> i32>
//~ MONO_ITEM fn apply_once::<fn(i32) -> i32 {triple}>
//~ MONO_ITEM fn double
//~ MONO_ITEM fn id::<i32>
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn pick
//~ MONO_ITEM fn triple
//~ MONO_ITEM fn unused_but_reified

fn double(x: i32) -> i32 {
    x * 2
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn unused_but_reified(x: i32) -> i32 {
    x
}

fn id<T>(x: T) -> T {
    x
}

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_once<F: FnOnce(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn pick(n: i32) -> fn(i32) -> i32 {
    if n > 0 { double } else { triple }
}

fn main() {
    let direct = triple;
    let _ = direct(1);
    let _ = apply(double, 3) + apply(id::<i32>, 3) + apply_once(triple, 3);
    let p: fn(i32) -> i32 = pick(1);
    let _ = apply(p, 3) + p(4);
    let _never_called: fn(i32) -> i32 = unused_but_reified;
    let by_closure: fn(i32) -> i32 = |x| x - 1;
    let _ = by_closure(2);
}
