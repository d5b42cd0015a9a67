// `Option<T>: IntoIterator` (std's `option::IntoIter`): zero or one values, exact size, so that
// `.flatten()` of options, `flat_map(|s| s.parse().ok())`, `for x in opt` and `chain(None)` work.
fn main() {
    let opts: Vec<i32> = vec![Some(1), None, Some(3)].into_iter().flatten().collect();
    println!("{:?} {}", opts, opts.capacity());
    let nums: Vec<i32> = "1 x 3".split(' ').flat_map(|s| s.parse::<i32>().ok()).collect();
    println!("{:?}", nums);
    for x in Some(5) {
        println!("{}", x);
    }
    for x in None::<i32> {
        println!("never {}", x);
    }
    let mut it = Some("a").into_iter();
    println!("{:?} {:?} {:?} {:?}", it.size_hint(), it.next(), it.next(), it.size_hint());
    let chained: Vec<i32> = Some(1).into_iter().chain(None).chain(Some(3)).collect();
    println!("{:?} {}", chained, chained.capacity());
    let back: Vec<String> = Some(String::from("x")).into_iter().rev().collect();
    println!("{:?}", back);
}
