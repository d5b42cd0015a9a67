// A closure unsized to `dyn FnOnce` gets a vtable: drop, size, align, then `call_once` through
// `<{closure} as FnOnce<Args>>::call_once - shim(vtable)`, which moves the closure out of the
// object pointer and calls its body. Calling a `Box<dyn FnOnce()>` is that virtual call with the
// box's pointer (rustc goes through std's `<Box<dyn FnOnce()> as FnOnce<()>>::call_once`, set
// aside); the box is then freed without dropping the closure again.

//~ MONO_ITEM fn <*mut u8>::add
//~ MONO_ITEM fn <*mut u8>::is_null
//~ MONO_ITEM fn <Box<dyn FnOnce() -> String> as Drop>::drop
//~ MONO_ITEM fn <Box<dyn FnOnce(i32) -> i32> as Drop>::drop
//~ MONO_ITEM fn <String as Add<&str>>::add
//~ MONO_ITEM fn <Vec<u8> as Drop>::drop
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn_fn_once.rs:40:14: 40:21} as FnOnce<()>>::call_once - shim(vtable)
//~ MONO_ITEM fn <{closure@tests/mono/closures_dyn_fn_once.rs:51:33: 51:41} as FnOnce<(i32,)>>::call_once - shim(vtable)
//~ MONO_ITEM fn Box::<{closure@tests/mono/closures_dyn_fn_once.rs:40:14: 40:21}>::new
//~ MONO_ITEM fn Box::<{closure@tests/mono/closures_dyn_fn_once.rs:51:33: 51:41}>::new
//~ MONO_ITEM fn String::from
//~ MONO_ITEM fn String::push_str
//~ MONO_ITEM fn String::with_capacity
//~ MONO_ITEM fn Vec::<u8>::grow_amortized
//~ MONO_ITEM fn Vec::<u8>::grow_to
//~ MONO_ITEM fn Vec::<u8>::new
//~ MONO_ITEM fn Vec::<u8>::reserve
//~ MONO_ITEM fn Vec::<u8>::with_capacity
//~ MONO_ITEM fn capacity_overflow
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn make
//~ MONO_ITEM fn make::{closure#0}
//~ MONO_ITEM fn ptr::copy_nonoverlapping::<u8>
//~ MONO_ITEM fn ptr::slice_from_raw_parts_mut::<u8>
//~ MONO_ITEM fn ptr::write::<{closure@tests/mono/closures_dyn_fn_once.rs:40:14: 40:21}>
//~ MONO_ITEM fn ptr::write::<{closure@tests/mono/closures_dyn_fn_once.rs:51:33: 51:41}>
//~ MONO_ITEM fn run
//~ MONO_ITEM fn std::ptr::drop_in_place::<String> - shim(Some(String))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<u8>> - shim(Some(Vec<u8>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<{closure@tests/mono/closures_dyn_fn_once.rs:40:14: 40:21}> - shim(Some({closure@tests/mono/closures_dyn_fn_once.rs:40:14: 40:21}))

fn make(s: String) -> Box<dyn FnOnce() -> String> {
    Box::new(move || s + "!")
}

fn run(f: Box<dyn FnOnce(i32) -> i32>) -> i32 {
    f(2)
}

fn main() {
    let f = make(String::from("hi"));
    println!("{}", f());
    let k = 40;
    println!("{}", run(Box::new(move |x| x + k)));
}
