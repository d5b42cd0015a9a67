// One generic function, one mono item per type it is called at; nothing for types it is not.
fn max<T: PartialOrd>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn max::<i32>
    println!("{}", max(1, 2));
    //~ MONO_ITEM fn max::<f64>
    println!("{}", max(1.5, 0.5));
    //~ MONO_ITEM fn max::<char>
    println!("{}", max('a', 'b'));
    // The same instance again: no new item.
    println!("{}", max(3, 4));
    //~ MONO_ITEM fn max::<u8>
    println!("{}", max::<u8>(3, 4));
}
