// The standard library's Default impls for Option, tuples, arrays and unit, reached
// through a generic `T: Default` function and through `Default::default()`.
#[derive(Debug, Default, Clone, Copy)]
struct Cell {
    value: Option<u8>,
    seen: bool,
}

fn fresh<T: Default>() -> T {
    T::default()
}

fn main() {
    let z: (i32, bool, Option<u8>) = fresh();
    println!("{:?}", z);
    let o: Option<char> = Default::default();
    println!("{:?} {}", o, o.is_none());
    let a: [u16; 3] = fresh();
    println!("{:?}", a);
    let u: () = fresh();
    println!("{:?}", u);
    let cells: [Cell; 2] = Default::default();
    println!("{:?}", cells);
    println!("{} {}", cells[0].value.unwrap_or(7), cells[1].seen);
    let nested: (Option<(u8, char)>, [bool; 2]) = fresh();
    println!("{:?}", nested);
}
