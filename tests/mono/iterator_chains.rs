// Adapter chains over a vector, a range and a user iterator. The adapters' methods are std's
// items (set aside by the comparison, as rustc's `std::iter::Map<…>` are); what the user crate
// gets is each closure's body, reached through the adapters' `next`, the generic function's
// instance and its closure, and the std default method `map` instantiated for the user iterator.

//~ MONO_ITEM fn <Counter as Iterator>::map::<u32, {closure@tests/mono/iterator_chains.rs:49:37: 49:40}>
//~ MONO_ITEM fn <Counter as Iterator>::next
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn main::{closure#1}
//~ MONO_ITEM fn main::{closure#2}
//~ MONO_ITEM fn main::{closure#3}
//~ MONO_ITEM fn main::{closure#4}
//~ MONO_ITEM fn scaled::<Skip<IntoIter<i32>>>
//~ MONO_ITEM fn scaled::<Skip<IntoIter<i32>>>::{closure#0}
//~ MONO_ITEM fn std::ptr::drop_in_place::<IntoIter<i32>> - shim(Some(IntoIter<i32>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:39:12: 39:15}>> - shim(Some(Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:39:12: 39:15}>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Skip<IntoIter<i32>>> - shim(Some(Skip<IntoIter<i32>>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<i32>> - shim(Some(Vec<i32>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<usize>> - shim(Some(Vec<usize>))
struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.n < 5 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn scaled<I: Iterator<Item = i32>>(it: I, k: i32) -> Vec<i32> {
    it.map(|x| x * k).collect()
}

fn main() {
    let v = vec![1, 2, 3, 4];
    let s: i32 = v.iter().map(|x| x * 2).filter(|x| x % 3 == 0).sum();
    let r: Vec<usize> = (0..4).rev().map(|i| i + 1).collect();
    let e = scaled(v.clone().into_iter().skip(1), 3);
    let m = v.iter().copied().max_by_key(|x| x % 3);
    let mut total = 0;
    for x in (Counter { n: 0 }).map(|x| x * 10) {
        total += x;
    }
    println!("{} {:?} {:?} {:?} {}", s, r, e, m, total);
}
