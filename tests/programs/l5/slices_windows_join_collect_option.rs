// `windows`, `chunks`, `join`/`concat` of string slices, collecting `Option`s and `Result`s (which
// stops at the first `None`/`Err`), and `partial_cmp` of references to literals (`sort_by` of floats).
fn parse_all(items: &[&str]) -> Result<Vec<i32>, String> {
    items.iter().map(|s| s.trim().parse::<i32>().map_err(|e| format!("{:?}: {}", s, e))).collect()
}

fn main() {
    let v = [1, 2, 3, 4, 5];
    for w in v.windows(2) {
        println!("{:?}", w);
    }
    println!("{:?}", v.windows(3).rev().collect::<Vec<_>>());
    println!("{} {:?}", v.windows(9).count(), v.windows(4).size_hint());
    for c in v.chunks(2) {
        println!("{:?}", c);
    }
    let mut ch = v.chunks(3);
    println!("{:?} {:?} {:?}", ch.len(), ch.next_back(), ch.next());
    let sums: Vec<i32> = v.chunks(2).map(|c| c.iter().sum()).collect();
    println!("{:?} {}", sums, sums.capacity());
    let increasing = v.windows(2).all(|w| w[0] < w[1]);
    println!("{}", increasing);

    let words = vec!["alpha", "beta", "gamma"];
    let joined = words.join(", ");
    println!("{} {}", joined, joined.capacity());
    let owned: Vec<String> = words.iter().map(|w| w.to_string()).collect();
    let dashed = owned.join("-");
    println!("{} {} {}", dashed, dashed.capacity(), owned.concat());
    let none: Vec<String> = Vec::new();
    println!("[{}] {}", none.join("+"), none.join("+").capacity());
    println!("{}", [1, 2, 3].iter().map(|x| x.to_string()).collect::<Vec<_>>().join(" < "));

    let all: Option<Vec<i32>> = vec![Some(1), Some(2), Some(3)].into_iter().collect();
    println!("{:?}", all);
    let some_missing: Option<Vec<i32>> = vec![Some(1), None, Some(3)]
        .into_iter()
        .inspect(|x| println!("pulled {:?}", x))
        .collect();
    println!("{:?}", some_missing);
    println!("{:?}", parse_all(&["1", " 2", "3 "]));
    println!("{:?}", parse_all(&["1", "x", "y"]));
    let text: Result<String, i32> = vec![Ok('a'), Ok('b')].into_iter().collect();
    println!("{:?}", text);
    let total: Option<Vec<u8>> = "123".chars().map(|c| c.to_digit(10).map(|d| d as u8)).collect();
    println!("{:?}", total);

    let mut fs = vec![3.5, -1.25, 2.0, 0.5];
    fs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", fs);
    fs.sort_by(|a, b| b.partial_cmp(a).unwrap());
    println!("{:?}", fs);
    let i = &3;
    println!("{:?} {:?}", i.partial_cmp(&4), 2.5.partial_cmp(&2.5));
}
