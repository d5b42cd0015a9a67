// Slices: indexing a `&[T]` reads its length with `Len((*_1))` (the fat pointer's second word)
// before the bounds check, as an array's `Len` does; `&a[1..]` on an array unsizes `&a` to
// `&[i32]`, casts it to `*const [i32]` and calls the prelude's `slice::range` (its end is
// `Len(_1)`), whose result is borrowed again as `&(*_n)`; `s.len()` is a call of `<[i32]>::len`.
// Differs from rustc's -Zunpretty=mir: rustc indexes a slice with `PtrMetadata(copy _1)` rather
// than `Len((*_1))`, and calls `<RangeFrom<usize> as SliceIndex<[i32]>>::index` (through
// `Index::index` of the array) where ToyRust calls `slice::range`.
fn get(s: &[i32], i: usize) -> i32 {
    s[i]
}

fn main() {
    let a = [1, 2, 3];
    let tail: &[i32] = &a[1..];
    println!("{} {}", get(tail, 1), tail.len());
}
