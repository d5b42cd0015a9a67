// `zip` of two iterators that std's `Zip` reads by index (`TrustedRandomAccess`: slice
// iterators, `Bytes`, integer ranges, and `map`, `enumerate`, `copied`, `cloned`, `skip`, `zip`
// of them) and of others (`filter`, `chain`, `rev`, `take`, `chars`, 128-bit and inclusive
// ranges). The closures print, so the order and the number of their calls are compared with
// rustc's: on the indexed path a closure on the longer side is not run past the shorter side's
// end, on the general path it is run once more.
fn probe<I: Iterator<Item = String>>(name: &str, it: I) {
    let b = [10, 20];
    let mut z = it.map(|x| {
        println!("  {} side {:?}", name, x);
        x
    }).zip(b.iter());
    while let Some(p) = z.next() {
        println!("  {} got {:?}", name, p);
    }
    let again = z.next().is_none();
    println!("{} end {}", name, again);
}

fn kinds() {
    let a = [1, 2, 3];
    let mut m = [1, 2, 3];
    let s = String::from("xyz");
    let v = vec![4, 5, 6];
    probe("iter", a.iter().map(|x| format!("{:?}", x)));
    probe("iter_mut", m.iter_mut().map(|x| format!("{:?}", x)));
    probe("skip", a.iter().skip(1).map(|x| format!("{:?}", x)));
    probe("enumerate", a.iter().enumerate().map(|x| format!("{:?}", x)));
    probe("copied", a.iter().copied().map(|x| format!("{:?}", x)));
    probe("cloned", a.iter().cloned().map(|x| format!("{:?}", x)));
    probe("range_i32", (0..3i32).map(|x| format!("{:?}", x)));
    probe("range_i8", (-128..-125i8).map(|x| format!("{:?}", x)));
    probe("range_u64", (5..8u64).map(|x| format!("{:?}", x)));
    probe("range_usize", (0..3usize).map(|x| format!("{:?}", x)));
    probe("range_u128", (0..3u128).map(|x| format!("{:?}", x)));
    probe("range_inclusive", (0..=2i32).map(|x| format!("{:?}", x)));
    probe("vec_into_iter", v.into_iter().map(|x| format!("{:?}", x)));
    probe("bytes", s.bytes().map(|x| format!("{:?}", x)));
    probe("chars", s.chars().map(|x| format!("{:?}", x)));
    probe("rev", a.iter().rev().map(|x| format!("{:?}", x)));
    probe("take", a.iter().take(3).map(|x| format!("{:?}", x)));
    probe("zip", a.iter().zip(a.iter()).map(|x| format!("{:?}", x)));
    probe("chain", a.iter().chain([7].iter()).map(|x| format!("{:?}", x)));
    probe("filter", a.iter().filter(|x| **x != 2).map(|x| format!("{:?}", x)));
    probe("map_map", a.iter().map(|x| x * 2).map(|x| format!("{:?}", x)));
}

fn lengths() {
    let short = [1, 2];
    let long = [10, 20, 30, 40];
    let left: Vec<(i32, i32)> = long.iter().map(|x| { println!("left {}", x); *x })
        .zip(short.iter().map(|y| { println!("right {}", y); *y }))
        .collect();
    println!("{:?}", left);
    let right: Vec<(i32, i32)> = short.iter().map(|x| { println!("left {}", x); *x })
        .zip(long.iter().map(|y| { println!("right {}", y); *y }))
        .collect();
    println!("{:?}", right);
    let empty: [i32; 0] = [];
    println!("{}", empty.iter().zip(long.iter().map(|y| { println!("never {}", y); *y })).count());
    let sum: i32 = long.iter().map(|x| { println!("sum {}", x); *x })
        .zip(short.iter()).map(|(x, y)| x * y).sum();
    println!("sum {}", sum);
    let count = long.iter().map(|x| { println!("count {}", x); *x }).zip(short.iter()).count();
    println!("count {}", count);
    long.iter().map(|x| { println!("for_each {}", x); *x }).zip(short.iter()).for_each(|p| println!("{:?}", p));
    let folded = long.iter().map(|x| { println!("fold {}", x); *x }).zip(short.iter()).fold(0, |acc, (x, y)| acc + x - y);
    println!("fold {}", folded);
}

fn backwards() {
    let a = [1, 2, 3];
    let b = [10, 20, 30, 40, 50];
    let mut z = a.iter().map(|x| { println!("a {}", x); *x }).zip(b.iter().map(|y| { println!("b {}", y); *y }));
    println!("back {:?}", z.next_back());
    println!("front {:?}", z.next());
    println!("len {} {:?}", z.len(), z.size_hint());
    println!("back {:?}", z.next_back());
    println!("back {:?}", z.next_back());
    println!("front {:?}", z.next());
    let mut z = b.iter().map(|x| { println!("c {}", x); *x }).zip(a.iter());
    println!("front {:?}", z.next());
    println!("back {:?}", z.next_back());
    println!("nth {:?}", z.nth(0));
    println!("nth {:?}", z.nth(3));
    let r: Vec<(&i32, &i32)> = a.iter().zip(b.iter()).rev().collect();
    println!("{:?}", r);
    let r: Vec<(i32, i32)> = b.iter().map(|x| { println!("d {}", x); *x }).zip(a.iter().copied()).rev().collect();
    println!("{:?}", r);
    let mut z = b.iter().map(|x| { println!("e {}", x); *x }).zip(a.iter());
    println!("nth_back {:?}", z.nth_back(1));
    println!("nth_back {:?}", z.nth_back(5));
    println!("front {:?}", z.next());
}

fn others() {
    let a = [1, 2, 3, 4, 5, 6];
    let b = [1.5, 2.5, 3.5];
    // Nested zips, `enumerate` and `skip` under `zip`, and `skip` over a closure.
    let nested: Vec<((i32, f64), usize)> = a.iter().copied().zip(b.iter().copied()).zip(0..10usize).collect();
    println!("{:?}", nested);
    let mut e = a.iter().enumerate().skip(2).zip(b.iter());
    e.next();
    println!("{:?} {:?}", e.next(), e.size_hint());
    let skipped: Vec<(i32, &f64)> = a.iter().map(|x| { println!("skip {}", x); *x }).skip(2).zip(b.iter()).collect();
    println!("{:?}", skipped);
    // Not indexed: a `filter` on one side and a `chain` on the other.
    let seven = [7];
    let eights = [8, 8, 8];
    let mixed: Vec<(&i32, i32)> = a.iter().filter(|x| *x % 2 == 0)
        .zip(seven.iter().chain(eights.iter()).map(|x| { println!("chained {}", x); *x }))
        .collect();
    println!("{:?}", mixed);
    // A partly consumed slice iterator, then zipped.
    let mut it = a.iter();
    it.next();
    it.next_back();
    let dot: f64 = it.zip(b.iter()).map(|(x, y)| *x as f64 * y).sum();
    println!("{}", dot);
    let mut bytes: Vec<u8> = "hello".bytes().collect();
    for (byte, k) in bytes.iter_mut().zip(1..) {
        *byte += k;
    }
    println!("{:?}", bytes);
    let same = a.iter().zip(a.iter().rev()).filter(|(x, y)| x == y).count();
    println!("{}", same);
    // `Chars::count` counts the bytes that start a `char`, as std's.
    let text = "aé€😀z\r\n";
    let mut chars = text.chars();
    chars.next();
    chars.next();
    println!("{} {} {}", text.chars().count(), chars.count(), "".chars().count());
}

// `sum`, `count`, `for_each` and `fold` are std's `fold`, and a `Zip` of two `TrustedLen` sides
// that are not indexed (`rev`, `take`, `chain`, an inclusive range) folds with as many `next` of
// each as the shorter side has: the longer side's closure is not run once more, unlike `next`.
fn trusted_len_folds() {
    let long = [1, 2, 3, 4];
    let short = [10, 20];
    let s: i32 = long.iter().map(|x| { println!("rev {}", x); *x }).rev().zip(short.iter()).map(|(x, y)| x * y).sum();
    println!("sum {}", s);
    let c = long.iter().map(|x| { println!("take {}", x); *x }).take(3).zip(short.iter()).count();
    println!("count {}", c);
    (0..=5).map(|x| { println!("inclusive {}", x); x }).zip(short.iter()).for_each(|p| println!("{:?}", p));
    let f = long.iter().chain(short.iter()).map(|x| { println!("chain {}", x); *x }).zip(short.iter()).fold(0, |acc, (x, y)| acc + x * y);
    println!("fold {}", f);
    let filtered = long.iter().filter(|x| { println!("filter {}", x); **x > 1 }).zip(short.iter().map(|y| { println!("after {}", y); *y })).count();
    println!("count {}", filtered);
    let mut z = long.iter().map(|x| { println!("next {}", x); *x }).rev().zip(short.iter());
    while let Some(p) = z.next() {
        println!("{:?}", p);
    }
    let evens = long.iter().filter(|x| { println!("even {}", x); **x % 2 == 0 }).count();
    println!("evens {}", evens);
}

fn main() {
    kinds();
    lengths();
    backwards();
    others();
    trusted_len_folds();
}
