// size_hint of slice, vec, range and str iterators and of every adapter, as std's.
struct Countdown {
    n: u32,
}

impl Iterator for Countdown {
    type Item = u32;

    fn next(&mut self) -> Option<u32> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n)
        }
    }
}

fn show(name: &str, hint: (usize, Option<usize>)) {
    println!("{}: {:?}", name, hint);
}

fn main() {
    let v = vec![1, 2, 3, 4, 5, 6, 7];
    let mut it = v.iter();
    show("iter", it.size_hint());
    it.next();
    it.next_back();
    show("iter after two", it.size_hint());
    let mut w = vec![1u8, 2, 3];
    show("iter_mut", w.iter_mut().size_hint());
    let mut into = v.clone().into_iter();
    into.next();
    show("into_iter", into.size_hint());
    show("range", (0..10).size_hint());
    show("empty range", (5..2).size_hint());
    show("range i8", (-128i8..127).size_hint());
    show("range u64", (0u64..18446744073709551615).size_hint());
    show("range i128", (-5i128..5).size_hint());
    show("range i128 big", (0i128..170141183460469231731687303715884105727).size_hint());
    show("range u128 big", (0u128..340282366920938463463374607431768211455).size_hint());
    show("range i128 full", (-170141183460469231731687303715884105728i128..170141183460469231731687303715884105727).size_hint());
    show("range char", ('a'..'e').size_hint());
    show("range char surrogates", ('\u{D000}'..'\u{E100}').size_hint());
    show("inclusive", (1..=10).size_hint());
    show("inclusive u8", (0..=255u8).size_hint());
    show("inclusive usize max", (0..=18446744073709551615usize).size_hint());
    show("inclusive empty", (3..=1).size_hint());
    let mut r = 2..=2;
    r.next();
    show("inclusive exhausted", r.size_hint());
    show("range from", (5..).size_hint());
    show("chars", "héllo wörld".chars().size_hint());
    show("chars empty", "".chars().size_hint());
    show("char_indices", "abc€".char_indices().size_hint());
    show("bytes", "abc€".bytes().size_hint());
    show("lines", "a\nb".lines().size_hint());
    show("map", v.iter().map(|x| x * 2).size_hint());
    show("filter", v.iter().filter(|x| **x > 2).size_hint());
    show("enumerate", v.iter().enumerate().size_hint());
    show("zip", v.iter().zip(0..3).size_hint());
    show("zip from", v.iter().zip(0..).size_hint());
    show("zip user", v.iter().zip(Countdown { n: 3 }).size_hint());
    show("rev", v.iter().rev().size_hint());
    show("take", v.iter().take(3).size_hint());
    show("take more", v.iter().take(30).size_hint());
    show("take zero", v.iter().take(0).size_hint());
    show("take from", (0..).take(4).size_hint());
    show("take user", Countdown { n: 5 }.take(3).size_hint());
    show("skip", v.iter().skip(3).size_hint());
    show("skip more", v.iter().skip(30).size_hint());
    show("skip from", (0..).skip(4).size_hint());
    show("chain", v.iter().chain(v.iter()).size_hint());
    show("chain from", (0..3).chain(5..).size_hint());
    let mut c = (0..2).chain(5..7);
    c.next();
    c.next();
    c.next();
    show("chain half", c.size_hint());
    show("copied", v.iter().copied().size_hint());
    show("cloned", v.iter().cloned().size_hint());
    show("filter_map", v.iter().filter_map(|x| if *x > 3 { Some(x) } else { None }).size_hint());
    let mut tw = v.iter().take_while(|x| **x < 3);
    show("take_while", tw.size_hint());
    while let Some(_) = tw.next() {}
    show("take_while done", tw.size_hint());
    let mut sw = v.iter().skip_while(|x| **x < 3);
    show("skip_while", sw.size_hint());
    sw.next();
    show("skip_while started", sw.size_hint());
    show("user", Countdown { n: 4 }.size_hint());
    let mut it2 = v.iter();
    let by_ref = &mut it2;
    show("&mut", by_ref.size_hint());
    show("deep", v.iter().map(|x| x + 1).rev().enumerate().skip(2).take(3).size_hint());
    show("chars filter", "hello".chars().filter(|c| *c != 'l').size_hint());
}
