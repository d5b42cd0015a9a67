// `for` loops: the desugaring's calls are mono items like any other. Over a user iterator,
// `<Counter as Iterator>::next` and the blanket `<Counter as IntoIterator>::into_iter` are made
// in the user crate, as rustc makes them; over `&Vec<T>` the prelude's `IntoIterator` impl and
// `Iter<T>`'s `next`, std items set aside in the comparison with rustc.
//
// The glue agrees with rustc's: the vectors', and `[Noisy]`'s, which `Vec`'s `Drop` runs over
// its values (std's `RawVec` glue is set aside: ToyRust's `Vec` has no `RawVec`).

//~ MONO_ITEM fn <Counter as IntoIterator>::into_iter
//~ MONO_ITEM fn <Counter as Iterator>::next
//~ MONO_ITEM fn <Noisy as Drop>::drop
//~ MONO_ITEM fn count::<Noisy>
//~ MONO_ITEM fn count::<f64>
//~ MONO_ITEM fn main
//~ MONO_ITEM fn sum::<Counter>

//~ MONO_ITEM fn std::ptr::drop_in_place::<Noisy> - shim(Some(Noisy))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<Noisy>> - shim(Some(Vec<Noisy>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<Vec<f64>> - shim(Some(Vec<f64>))
//~ MONO_ITEM fn std::ptr::drop_in_place::<[Noisy]> - shim(Some([Noisy]))

// The prelude's instances: `Vec`, slices, `Iter`, and what `vec!` expands to.
//~ MONO_ITEM fn <&Vec<Noisy> as IntoIterator>::into_iter
//~ MONO_ITEM fn <&Vec<f64> as IntoIterator>::into_iter
//~ MONO_ITEM fn <*const Noisy>::add
//~ MONO_ITEM fn <*const f64>::add
//~ MONO_ITEM fn <*mut u8>::is_null
//~ MONO_ITEM fn <Iter<Noisy> as Iterator>::next
//~ MONO_ITEM fn <Iter<f64> as Iterator>::next
//~ MONO_ITEM fn <ManuallyDrop<[Noisy; 2]> as Deref>::deref
//~ MONO_ITEM fn <ManuallyDrop<[f64; 2]> as Deref>::deref
//~ MONO_ITEM fn <Vec<Noisy> as Deref>::deref
//~ MONO_ITEM fn <Vec<Noisy> as Drop>::drop
//~ MONO_ITEM fn <Vec<f64> as Deref>::deref
//~ MONO_ITEM fn <Vec<f64> as Drop>::drop
//~ MONO_ITEM fn <[Noisy]>::as_ptr
//~ MONO_ITEM fn <[Noisy]>::iter
//~ MONO_ITEM fn <[Noisy]>::len
//~ MONO_ITEM fn <[f64]>::as_ptr
//~ MONO_ITEM fn <[f64]>::iter
//~ MONO_ITEM fn <[f64]>::len
//~ MONO_ITEM fn ManuallyDrop::<[Noisy; 2]>::new
//~ MONO_ITEM fn ManuallyDrop::<[f64; 2]>::new
//~ MONO_ITEM fn Vec::<Noisy>::grow_to
//~ MONO_ITEM fn Vec::<Noisy>::new
//~ MONO_ITEM fn Vec::<Noisy>::with_capacity
//~ MONO_ITEM fn Vec::<f64>::grow_to
//~ MONO_ITEM fn Vec::<f64>::new
//~ MONO_ITEM fn Vec::<f64>::with_capacity
//~ MONO_ITEM fn capacity_overflow
//~ MONO_ITEM fn ptr::copy_nonoverlapping::<Noisy>
//~ MONO_ITEM fn ptr::copy_nonoverlapping::<f64>
//~ MONO_ITEM fn ptr::slice_from_raw_parts::<Noisy>
//~ MONO_ITEM fn ptr::slice_from_raw_parts::<f64>
//~ MONO_ITEM fn ptr::slice_from_raw_parts_mut::<Noisy>
//~ MONO_ITEM fn ptr::slice_from_raw_parts_mut::<f64>
//~ MONO_ITEM fn slice::from_raw_parts::<Noisy>
//~ MONO_ITEM fn slice::from_raw_parts::<f64>
//~ MONO_ITEM fn vec::hold::<[Noisy; 2]>
//~ MONO_ITEM fn vec::hold::<[f64; 2]>
//~ MONO_ITEM fn vec::from_elems::<Noisy>
//~ MONO_ITEM fn vec::from_elems::<f64>

struct Counter {
    n: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.n < 3 {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

struct Noisy(u8);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn sum<I: Iterator<Item = u32>>(it: I) -> u32 {
    let mut s = 0;
    for x in it {
        s += x;
    }
    s
}

fn count<T>(v: &Vec<T>) -> usize {
    let mut n = 0;
    for _ in v {
        n += 1;
    }
    n
}

fn main() {
    println!("{}", sum(Counter { n: 0 }));
    for c in (Counter { n: 1 }) {
        println!("{}", c);
    }
    let v = vec![Noisy(1), Noisy(2)];
    println!("{}", count(&v));
    let w = vec![1.5, 2.5];
    println!("{}", count(&w));
}
