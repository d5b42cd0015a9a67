// Bug 40 (the L5 campaign of seeds 13600000-119, five programs): after `.map(|x| vec![x, x / 3]).flatten()`
// the next closure's parameter is `<?V as IntoIterator>::Item` until the `map` closure's type is
// known; an arithmetic operator on it was a false E0369 ("cannot multiply `i64` by `{integer}`").
fn main() {
    let v4: Option<i64> = (-5i64..2).map(|x| vec![x, x / 3]).flatten().reduce(|a, b| (a * 2 + b) % 1000);
    println!("{:?}", v4);
    let all_even = [57i64, 9, 4].iter().map(|&e| e % 1000).map(|x| vec![x, x / 5]).flatten().all(|x| x % 2 == 0);
    println!("{}", all_even);
    let at = "héllo".chars().rev().map(|c| c as i64).map(|x| vec![x, x / 4]).flatten().map(|x| x ^ 3).position(|x| x == 111);
    println!("{:?}", at);
    for y in (1i64..4).map(|x| vec![x, x * 10]).flatten().flat_map(|x| 0..x % 3) {
        print!("{} ", y - 1);
    }
    println!();
}
