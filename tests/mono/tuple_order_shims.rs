// Comparisons of tuples and arrays are shims of std's impls. Like core's, a part with a
// hand-written `PartialOrd` is compared by `partial_cmp` (core's `__chaining_lt`), and the last
// part of a tuple by the operator's own method (`le` for `<=`), so the program's items are
// rustc's: S's `partial_cmp` and the default `lt`, `le`, `gt`.
use std::cmp::Ordering;

#[derive(PartialEq, Clone, Copy)]
struct S(i32);

impl PartialOrd for S {
    //~ MONO_ITEM fn <S as PartialOrd>::partial_cmp
    //~ MONO_ITEM fn <i32 as PartialOrd>::partial_cmp
    fn partial_cmp(&self, o: &S) -> Option<Ordering> {
        self.0.partial_cmp(&o.0)
    }
}

//~ MONO_ITEM fn main
fn main() {
    //~ MONO_ITEM fn <(S, S) as PartialOrd>::le
    //~ MONO_ITEM fn <S as PartialOrd>::le
    println!("{}", (S(1), S(2)) <= (S(1), S(3)));
    //~ MONO_ITEM fn <(S, S) as PartialOrd>::gt
    //~ MONO_ITEM fn <S as PartialOrd>::gt
    println!("{}", (S(1), S(2)) > (S(1), S(3)));
    //~ MONO_ITEM fn <[S; 2] as PartialOrd>::ge
    println!("{}", [S(4), S(0)] >= [S(4), S(0)]);
    //~ MONO_ITEM fn <((S, i32), S) as PartialOrd>::lt
    //~ MONO_ITEM fn <(S, i32) as PartialOrd>::partial_cmp
    //~ MONO_ITEM fn <S as PartialOrd>::lt
    println!("{}", ((S(1), 2), S(5)) < ((S(1), 2), S(4)));
}
