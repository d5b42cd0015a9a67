// A closure unsized to `dyn Fn`/`dyn FnMut` gets a vtable: drop, size, align, then `call_once`
// (through `call_once - shim(vtable)`, which moves the closure out of the object pointer and
// calls `call_once - shim`), `call_mut` and `call`, both the closure's body. A call through
// `&dyn Fn` or `Box<dyn Fn>` is virtual (the box's `<Box<dyn Fn> as Fn>::call` is std's item,
// set aside). The boxed closure's captures are dropped through the vtable's drop slot.

//~ MONO_ITEM fn <*mut u8>::add
//~ MONO_ITEM fn <*mut u8>::is_null
//~ MONO_ITEM fn <Box<dyn Fn(i32) -> i32> as Drop>::drop
//~ MONO_ITEM fn <Vec<u8> as Drop>::drop
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn.rs:52:37: 52:40} as FnOnce<(i32,)>>::call_once - shim
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn.rs:52:37: 52:40} as FnOnce<(i32,)>>::call_once - shim(vtable)
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn.rs:55:19: 55:27} as FnOnce<(i32,)>>::call_once - shim
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn.rs:55:19: 55:27} as FnOnce<(i32,)>>::call_once - shim(vtable)
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn.rs:59:47: 59:60} as FnOnce<(i32,)>>::call_once - shim
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn.rs:59:47: 59:60} as FnOnce<(i32,)>>::call_once - shim(vtable)
//~ MONO_ITEM fn Box::<{closure@tests/mono/closures_dyn.rs:59:47: 59:60}>::new
//~ MONO_ITEM fn String::from
//~ MONO_ITEM fn String::len
//~ MONO_ITEM fn String::push_str
//~ MONO_ITEM fn String::with_capacity
//~ MONO_ITEM fn Vec::<u8>::grow_amortized
//~ MONO_ITEM fn Vec::<u8>::grow_to
//~ MONO_ITEM fn Vec::<u8>::new
//~ MONO_ITEM fn Vec::<u8>::reserve
//~ MONO_ITEM fn Vec::<u8>::with_capacity
//~ MONO_ITEM fn bump
//~ MONO_ITEM fn call_it
//~ MONO_ITEM fn capacity_overflow
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn main::{closure#1}
//~ MONO_ITEM fn main::{closure#2}
//~ MONO_ITEM fn ptr::copy_nonoverlapping::<u8>
//~ MONO_ITEM fn ptr::slice_from_raw_parts_mut::<u8>
//~ MONO_ITEM fn ptr::write::<{closure@tests/mono/closures_dyn.rs:59:47: 59:60}>
//~ MONO_ITEM fn std::ptr::drop_in_place::<Box<dyn Fn(i32) -> i32>> - shim(Some(Box<dyn Fn(i32) -> i32>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<String> - shim(Some(String))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<u8>> - shim(Some(Vec<u8>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<dyn Fn(i32) -> i32> - shim(Some(dyn Fn(i32) -> i32))
//~ MONO_ITEM fn std::ptr::drop_in_place::<{closure@tests/mono/closures_dyn.rs:59:47: 59:60}> - shim(Some({closure@tests/mono/closures_dyn.rs:59:47: 59:60}))
fn call_it(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn bump(f: &mut dyn FnMut(i32)) {
    f(1);
}

fn main() {
    let k = 10;
    let add: &dyn Fn(i32) -> i32 = &|x| x + k;
    println!("{}", call_it(add, 3));
    let mut total = 0;
    let mut acc = |x: i32| total += x;
    bump(&mut acc);
    println!("{}", total);
    let s = String::from("hello");
    let b: Box<dyn Fn(i32) -> i32> = Box::new(move |x: i32| x + s.len() as i32);
    println!("{}", b(3));
}
