// Bugs 41 and 42, found by the differential campaign (seeds 14000614 and 14000166): the items of
// a `flatten` over a closure's vectors are `<{closure} as FnOnce<(i64,)>>::Output`'s items. The
// closure's signature now keeps what its body fixed, so the trait solver knows them: `max`
// (a blanket impl that needs `Item: Ord`) was a false E0599, and `<<`, `!`, `-` and comparisons
// on such an item were false E0369/E0600.

fn main() {
    let a: Option<i64> = "ab c".chars().map(|c| c as i64).map(|x| vec![x, x / 3]).flatten().max();
    println!("{:?}", a);
    let b = (0..3i64).map(|x| vec![x, x / 3]).flatten().min();
    println!("{:?}", b);
    for x in (0..3i64).map(|x| vec![x, -x]).flatten() {
        println!("{} {} {} {} {}", x << 2u8, x >> 1i64, !x, -x, x < 1);
    }
    let flags: Vec<bool> = (0..2).map(|x| vec![x == 0]).flatten().map(|b| !b).collect();
    println!("{:?}", flags);
    let big = (1..3u128).map(|x| vec![x, x * 2]).flatten().map(|x| 1i64 << x).max();
    println!("{:?}", big);
}
