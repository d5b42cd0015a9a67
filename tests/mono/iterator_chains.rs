// Adapter chains over a vector, a range and a user iterator. The adapters' methods are std's
// items (set aside by the comparison, as rustc's `std::iter::Map<…>` are); what the user crate
// gets is each closure's body, reached through the adapters' `next` and `fold` (`sum`, `collect`), the generic function's
// instance and its closure, and the std default method `map` instantiated for the user iterator.

//~ MONO_ITEM fn <*const i32>::add
//~ MONO_ITEM fn <*mut i32>::add
//~ MONO_ITEM fn <*mut u8>::is_null
//~ MONO_ITEM fn <*mut usize>::add
//~ MONO_ITEM fn <Copied<Iter<i32>> as Iterator>::max_by_key::<i32, {closure@tests/mono/iterator_chains.rs:162:42: 162:45}>
//~ MONO_ITEM fn <Copied<Iter<i32>> as Iterator>::next
//~ MONO_ITEM fn <Counter as Iterator>::map::<u32, {closure@tests/mono/iterator_chains.rs:164:37: 164:40}>
//~ MONO_ITEM fn <Counter as Iterator>::next
//~ MONO_ITEM fn <Filter<Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}>, {closure@tests/mono/iterator_chains.rs:159:49: 159:52}> as Iterator>::fold::<i32, {closure@<prelude>}>
//~ MONO_ITEM fn <Filter<Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}>, {closure@tests/mono/iterator_chains.rs:159:49: 159:52}> as Iterator>::fold::<i32, {closure@<prelude>}>::{closure#0}
//~ MONO_ITEM fn <Filter<Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}>, {closure@tests/mono/iterator_chains.rs:159:49: 159:52}> as Iterator>::sum::<i32>
//~ MONO_ITEM fn <IntoIter<i32> as Drop>::drop
//~ MONO_ITEM fn <IntoIter<i32> as Iterator>::__trusted_random_access
//~ MONO_ITEM fn <IntoIter<i32> as Iterator>::next
//~ MONO_ITEM fn <IntoIter<i32> as Iterator>::size_hint
//~ MONO_ITEM fn <IntoIter<i32> as Iterator>::skip
//~ MONO_ITEM fn <Iter<i32> as Iterator>::copied
//~ MONO_ITEM fn <Iter<i32> as Iterator>::fold::<i32, {closure@<prelude>}>
//~ MONO_ITEM fn <Iter<i32> as Iterator>::map::<i32, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}>
//~ MONO_ITEM fn <Iter<i32> as Iterator>::next
//~ MONO_ITEM fn <ManuallyDrop<[i32; 4]> as Deref>::deref
//~ MONO_ITEM fn <Map<Counter, {closure@tests/mono/iterator_chains.rs:164:37: 164:40}> as IntoIterator>::into_iter
//~ MONO_ITEM fn <Map<Counter, {closure@tests/mono/iterator_chains.rs:164:37: 164:40}> as Iterator>::next
//~ MONO_ITEM fn <Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}> as Iterator>::filter::<{closure@tests/mono/iterator_chains.rs:159:49: 159:52}>
//~ MONO_ITEM fn <Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}> as Iterator>::fold::<i32, {closure@<prelude>}>
//~ MONO_ITEM fn <Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}> as Iterator>::fold::<i32, {closure@<prelude>}>::{closure#0}
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as IntoIterator>::into_iter
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::__trusted_len
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::collect::<Vec<usize>>
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::fold::<(), {closure@<prelude>}>
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::fold::<(), {closure@<prelude>}>::{closure#0}
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::for_each::<{closure@<prelude>}>
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::for_each::<{closure@<prelude>}>::{closure#0}
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::next
//~ MONO_ITEM fn <Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}> as Iterator>::size_hint
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as IntoIterator>::into_iter
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::__trusted_len
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::collect::<Vec<i32>>
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::fold::<(), {closure@<prelude>}>
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::fold::<(), {closure@<prelude>}>::{closure#0}
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::for_each::<{closure@<prelude>}>
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::for_each::<{closure@<prelude>}>::{closure#0}
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::next
//~ MONO_ITEM fn <Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}> as Iterator>::size_hint
//~ MONO_ITEM fn <Option<i32> as Debug>::fmt
//~ MONO_ITEM fn <Range<usize> as DoubleEndedIterator>::next_back
//~ MONO_ITEM fn <Range<usize> as Iterator>::__trusted_len
//~ MONO_ITEM fn <Range<usize> as Iterator>::rev
//~ MONO_ITEM fn <Range<usize> as Iterator>::size_hint
//~ MONO_ITEM fn <Rev<Range<usize>> as Iterator>::__trusted_len
//~ MONO_ITEM fn <Rev<Range<usize>> as Iterator>::fold::<(), {closure@<prelude>}>
//~ MONO_ITEM fn <Rev<Range<usize>> as Iterator>::map::<usize, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}>
//~ MONO_ITEM fn <Rev<Range<usize>> as Iterator>::next
//~ MONO_ITEM fn <Rev<Range<usize>> as Iterator>::size_hint
//~ MONO_ITEM fn <Skip<IntoIter<i32>> as Iterator>::__trusted_len
//~ MONO_ITEM fn <Skip<IntoIter<i32>> as Iterator>::fold::<(), {closure@<prelude>}>
//~ MONO_ITEM fn <Skip<IntoIter<i32>> as Iterator>::map::<i32, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}>
//~ MONO_ITEM fn <Skip<IntoIter<i32>> as Iterator>::next
//~ MONO_ITEM fn <Skip<IntoIter<i32>> as Iterator>::size_hint
//~ MONO_ITEM fn <Vec<i32> as Clone>::clone
//~ MONO_ITEM fn <Vec<i32> as Debug>::fmt
//~ MONO_ITEM fn <Vec<i32> as Deref>::deref
//~ MONO_ITEM fn <Vec<i32> as Drop>::drop
//~ MONO_ITEM fn <Vec<i32> as FromIterator<i32>>::from_iter::<Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}>>
//~ MONO_ITEM fn <Vec<i32> as FromIterator<i32>>::from_iter::<Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}>>::{closure#0}
//~ MONO_ITEM fn <Vec<i32> as IntoIterator>::into_iter
//~ MONO_ITEM fn <Vec<usize> as Debug>::fmt
//~ MONO_ITEM fn <Vec<usize> as Deref>::deref
//~ MONO_ITEM fn <Vec<usize> as Drop>::drop
//~ MONO_ITEM fn <Vec<usize> as FromIterator<usize>>::from_iter::<Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}>>
//~ MONO_ITEM fn <Vec<usize> as FromIterator<usize>>::from_iter::<Map<Rev<Range<usize>>, {closure@tests/mono/iterator_chains.rs:160:42: 160:45}>>::{closure#0}
//~ MONO_ITEM fn <[i32] as Debug>::fmt
//~ MONO_ITEM fn <[i32]>::as_ptr
//~ MONO_ITEM fn <[i32]>::iter
//~ MONO_ITEM fn <[i32]>::len
//~ MONO_ITEM fn <[usize] as Debug>::fmt
//~ MONO_ITEM fn <i32 as Clone>::clone
//~ MONO_ITEM fn <i32 as Debug>::fmt
//~ MONO_ITEM fn <i32 as PartialOrd>::le
//~ MONO_ITEM fn <i32 as Sum>::sum::<Filter<Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}>, {closure@tests/mono/iterator_chains.rs:159:49: 159:52}>>
//~ MONO_ITEM fn <i32 as Sum>::sum::<Filter<Map<Iter<i32>, {closure@tests/mono/iterator_chains.rs:159:31: 159:34}>, {closure@tests/mono/iterator_chains.rs:159:49: 159:52}>>::{closure#0}
//~ MONO_ITEM fn <usize as Clone>::clone
//~ MONO_ITEM fn <usize as Debug>::fmt
//~ MONO_ITEM fn <usize as PartialOrd>::lt
//~ MONO_ITEM fn <usize as Step>::backward_one
//~ MONO_ITEM fn <usize as Step>::steps_between
//~ MONO_ITEM fn ManuallyDrop::<[i32; 4]>::new
//~ MONO_ITEM fn Option::<i32>::is_none
//~ MONO_ITEM fn Vec::<i32>::grow_amortized
//~ MONO_ITEM fn Vec::<i32>::grow_one
//~ MONO_ITEM fn Vec::<i32>::grow_to
//~ MONO_ITEM fn Vec::<i32>::new
//~ MONO_ITEM fn Vec::<i32>::push
//~ MONO_ITEM fn Vec::<i32>::reserve
//~ MONO_ITEM fn Vec::<i32>::with_capacity
//~ MONO_ITEM fn Vec::<usize>::grow_amortized
//~ MONO_ITEM fn Vec::<usize>::grow_one
//~ MONO_ITEM fn Vec::<usize>::grow_to
//~ MONO_ITEM fn Vec::<usize>::new
//~ MONO_ITEM fn Vec::<usize>::push
//~ MONO_ITEM fn Vec::<usize>::reserve
//~ MONO_ITEM fn Vec::<usize>::with_capacity
//~ MONO_ITEM fn capacity_overflow
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn main::{closure#1}
//~ MONO_ITEM fn main::{closure#2}
//~ MONO_ITEM fn main::{closure#3}
//~ MONO_ITEM fn main::{closure#4}
//~ MONO_ITEM fn ptr::copy_nonoverlapping::<i32>
//~ MONO_ITEM fn ptr::read::<i32>
//~ MONO_ITEM fn ptr::slice_from_raw_parts::<i32>
//~ MONO_ITEM fn ptr::slice_from_raw_parts::<usize>
//~ MONO_ITEM fn ptr::slice_from_raw_parts_mut::<i32>
//~ MONO_ITEM fn ptr::slice_from_raw_parts_mut::<usize>
//~ MONO_ITEM fn ptr::write::<i32>
//~ MONO_ITEM fn ptr::write::<usize>
//~ MONO_ITEM fn scaled::<Skip<IntoIter<i32>>>
//~ MONO_ITEM fn scaled::<Skip<IntoIter<i32>>>::{closure#0}
//~ MONO_ITEM fn slice::from_raw_parts::<i32>
//~ MONO_ITEM fn slice::from_raw_parts::<usize>
//~ MONO_ITEM fn std::ptr::drop_in_place::<IntoIter<i32>> - shim(Some(IntoIter<i32>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}>> - shim(Some(Map<Skip<IntoIter<i32>>, {closure@tests/mono/iterator_chains.rs:154:12: 154:15}>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Skip<IntoIter<i32>>> - shim(Some(Skip<IntoIter<i32>>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<i32>> - shim(Some(Vec<i32>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<usize>> - shim(Some(Vec<usize>))
//~ MONO_ITEM fn usize_saturating_add
//~ MONO_ITEM fn usize_saturating_sub
//~ MONO_ITEM fn vec::from_elems::<i32>
//~ MONO_ITEM fn vec::hold::<[i32; 4]>
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
