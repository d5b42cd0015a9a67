// std::mem::size_of and align_of of the types whose layout ToyRust shares with rustc: primitives,
// references and raw pointers, tuples, arrays, and structs whose fields are already in
// descending alignment (rustc reorders fields; ToyRust keeps declaration order, docs/language.md).
use std::mem;

#[allow(dead_code)]
struct Pair {
    wide: u64,
    narrow: u32,
    flag: bool,
}

#[allow(dead_code)]
struct Rgb(u8, u8, u8);

#[allow(dead_code)]
struct Empty;

fn show<T>(name: &str) {
    println!("{:>12}: size {:>2}, align {}", name, mem::size_of::<T>(), mem::align_of::<T>());
}

fn main() {
    show::<bool>("bool");
    show::<char>("char");
    show::<u8>("u8");
    show::<i16>("i16");
    show::<u32>("u32");
    show::<i64>("i64");
    show::<usize>("usize");
    show::<f32>("f32");
    show::<f64>("f64");
    show::<()>("()");
    show::<&i32>("&i32");
    show::<*const u8>("*const u8");
    show::<*mut Pair>("*mut Pair");
    show::<(u8, u32)>("(u8, u32)");
    show::<(u64, u8)>("(u64, u8)");
    show::<[u16; 5]>("[u16; 5]");
    show::<[(u8, u8); 3]>("[(u8, u8); 3]");
    show::<Pair>("Pair");
    show::<Rgb>("Rgb");
    show::<Empty>("Empty");
    println!("{}", mem::size_of::<[Pair; 4]>());
}
