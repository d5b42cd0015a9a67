// Every adapter and consumer of `Iterator` over slices, vectors and ranges.
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("map {:?}", doubled);
    let odd: Vec<&i32> = v.iter().filter(|x| **x % 2 == 1).collect();
    println!("filter {:?}", odd);
    for (i, x) in v.iter().enumerate() {
        if i < 2 {
            println!("enumerate {} {}", i, x);
        }
    }
    let names = vec!["a", "b", "c"];
    for (n, x) in names.iter().zip(v.iter()) {
        println!("zip {} {}", n, x);
    }
    let back: Vec<i32> = v.iter().rev().copied().collect();
    println!("rev {:?}", back);
    let taken: Vec<i32> = v.iter().copied().take(3).collect();
    let skipped: Vec<i32> = v.iter().cloned().skip(5).collect();
    println!("take {:?} skip {:?}", taken, skipped);
    let chained: Vec<i32> = v.iter().copied().take(2).chain(10..13).collect();
    println!("chain {:?}", chained);
    let total: i32 = v.iter().sum();
    let product: i64 = (1..=10).product();
    println!("sum {} product {} count {}", total, product, v.iter().count());
    println!("fold {}", v.iter().fold(String::new(), |acc, x| acc + &x.to_string()));
    println!("any {} all {}", v.iter().any(|x| *x > 8), v.iter().all(|x| *x > 0));
    println!("min {:?} max {:?}", v.iter().min(), v.iter().max());
    println!("find {:?} position {:?}", v.iter().find(|x| **x > 4), v.iter().position(|x| *x == 9));
    println!("last {:?} nth {:?}", v.iter().last(), v.iter().nth(2));
    let mut seen = Vec::new();
    v.iter().for_each(|x| seen.push(x * 10));
    println!("for_each {:?}", seen);
    let parsed: Vec<u32> = v.iter().filter_map(|x| if *x > 3 { Some(*x as u32) } else { None }).collect();
    println!("filter_map {:?}", parsed);
    let prefix: Vec<i32> = v.iter().copied().take_while(|x| *x < 5).collect();
    let rest: Vec<i32> = v.iter().copied().skip_while(|x| *x < 5).collect();
    println!("take_while {:?} skip_while {:?}", prefix, rest);
    let words = vec!["apple", "fig", "banana", "kiwi", "cherry"];
    println!("max_by_key {:?} min_by_key {:?}", words.iter().max_by_key(|w| w.len()), words.iter().min_by_key(|w| w.len()));
    println!("max_by {:?} min_by {:?}", v.iter().max_by(|a, b| a.partial_cmp(b).unwrap()), v.iter().min_by(|a, b| b.partial_cmp(a).unwrap()));
    let empty: Vec<f64> = Vec::new();
    let fsum: f64 = empty.iter().sum();
    let fprod: f64 = vec![1.5, 2.0].iter().product();
    println!("empty f64 sum {:?} product {}", fsum, fprod);
    println!("empty max {:?} count {}", empty.iter().map(|x| *x as i32).max(), empty.iter().count());
    let chain = v.iter().map(|x| x * 2).filter(|x| x % 3 == 0).sum::<i32>();
    println!("chain sum {}", chain);
    let owned = vec![String::from("x"), String::from("yy")];
    let lengths: Vec<usize> = owned.into_iter().map(|s| s.len()).rev().collect();
    println!("into_iter {:?}", lengths);
}
