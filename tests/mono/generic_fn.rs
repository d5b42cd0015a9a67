// One generic function, one mono item per type it is called at; nothing for types it is not.
// `a > b` on a T is a call of `PartialOrd::gt`: at each T it reaches std's impl, a shim item
// (rustc lists it too, as `std::cmp::impls::<impl PartialOrd for i32>::gt`).
fn max<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn max::<i32>
    //~ MONO_ITEM fn <i32 as PartialOrd>::gt
    println!("{}", max(1, 2));
    //~ MONO_ITEM fn max::<f64>
    //~ MONO_ITEM fn <f64 as PartialOrd>::gt
    println!("{}", max(1.5, 0.5));
    //~ MONO_ITEM fn max::<char>
    //~ MONO_ITEM fn <char as PartialOrd>::gt
    println!("{}", max('a', 'b'));
    // The same instance again: no new item.
    println!("{}", max(3, 4));
    //~ MONO_ITEM fn max::<u8>
    //~ MONO_ITEM fn <u8 as PartialOrd>::gt
    println!("{}", max::<u8>(3, 4));
}
