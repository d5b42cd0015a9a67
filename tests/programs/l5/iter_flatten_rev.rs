// flatten and flat_map are double-ended when the outer and the inner iterators are (std's
// FlattenCompat::next_back): `rev`, `next_back` mixed with `next` on the same iterator, over
// vectors, ranges, chars and options; each end keeps its own inner iterator.

fn main() {
    let v = vec![vec![1, 2], vec![], vec![3, 4, 5]];
    let r: Vec<i32> = v.clone().into_iter().flatten().rev().collect();
    println!("{:?}", r);
    let mut it = v.iter().flatten();
    println!("{:?} {:?} {:?}", it.next(), it.next_back(), it.next());
    let rest: Vec<&i32> = it.rev().collect();
    println!("{:?}", rest);
    let fm: Vec<i64> = (1..4i64).flat_map(|x| 0..x).rev().collect();
    println!("{:?}", fm);
    let words: String = vec!["ab", "cd"].into_iter().flat_map(|w| w.chars()).rev().collect();
    println!("{}", words);
    let opts: Vec<i32> = vec![Some(1), None, Some(3)].into_iter().flatten().rev().collect();
    println!("{:?}", opts);
    let mut both = (0..3i64).map(|x| vec![x, x * 10]).flatten();
    println!("{:?} {:?} {:?}", both.next_back(), both.next(), both.size_hint());
    let s: i64 = both.rev().sum();
    println!("{}", s);
}
