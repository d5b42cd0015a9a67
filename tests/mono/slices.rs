// Slices: a generic function over `&[T]` is one item per element type, and so is each method of
// the prelude's `impl<T> [T]` it calls (`<[i32]>::len`, `<[Point]>::get`, set aside in the
// comparison with rustc as std's items are). Unsizing `&[T; N]` to `&[T]` makes no item; range
// indexing calls the prelude's `slice::range::<T>`.

#[derive(Clone, Copy, PartialEq)]
struct Point {
    x: i32,
}

//~ MONO_ITEM fn count::<i32>
//~ MONO_ITEM fn count::<Point>
//~ MONO_ITEM fn <[i32]>::len
//~ MONO_ITEM fn <[Point]>::len
//~ MONO_ITEM fn <i32 as PartialEq>::eq
fn count<T: PartialEq>(s: &[T], x: &T) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < s.len() {
        if s[i] == *x {
            n += 1;
        }
        i += 1;
    }
    n
}

//~ MONO_ITEM fn second::<u8>
//~ MONO_ITEM fn second::<Point>
//~ MONO_ITEM fn <[u8]>::get
//~ MONO_ITEM fn <[u8]>::len
//~ MONO_ITEM fn <[Point]>::get
fn second<T: Copy>(s: &[T]) -> Option<T> {
    match s.get(1) {
        Some(x) => Some(*x),
        None => None,
    }
}

//~ MONO_ITEM fn main
fn main() {
    let a = [1, 2, 1];
    let p = [Point { x: 1 }, Point { x: 2 }];
    //~ MONO_ITEM fn <Point as PartialEq>::eq
    //~ MONO_ITEM fn slice::range::<Point>
    //~ MONO_ITEM fn <*const Point>::add
    //~ MONO_ITEM fn ptr::slice_from_raw_parts::<Point>
    println!("{} {}", count(&a, &1), count(&p[..], &Point { x: 2 }));
    let bytes: [u8; 2] = [7, 8];
    //~ MONO_ITEM fn Option::<Point>::unwrap
    //~ MONO_ITEM fn <Option<u8> as Debug>::fmt
    //~ MONO_ITEM fn <u8 as Debug>::fmt
    println!("{:?} {}", second(&bytes), second(&p).unwrap().x);
}
