// Sorting slices and vectors: `sort`, `sort_by`, `sort_by_key`, the `sort_unstable*` twins,
// `reverse` and `binary_search`. Stable sorts keep equal keys in their order; long inputs go
// through the merge (more than 20 values).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Item {
    key: i32,
    tag: char,
}

fn pseudo_random(n: usize, seed: u64) -> Vec<i64> {
    let mut v = Vec::new();
    let mut x = seed;
    let mut i = 0;
    while i < n {
        x = (x * 1103515245 + 12345) % 2147483648;
        v.push(((x >> 8) % 1000) as i64 - 500);
        i += 1;
    }
    v
}

fn is_sorted(v: &[i64]) -> bool {
    let mut i = 1;
    while i < v.len() {
        if v[i - 1] > v[i] {
            return false;
        }
        i += 1;
    }
    true
}

fn main() {
    let mut small = vec![5, 3, 9, 1, 4, 1, 8];
    small.sort();
    println!("{:?}", small);
    small.sort_by(|a, b| b.cmp(a));
    println!("{:?}", small);

    let mut arr = [3u8, 200, 7, 0, 255, 42];
    arr.sort_unstable();
    println!("{:?}", arr);
    arr.reverse();
    println!("{:?}", arr);

    let mut big = pseudo_random(1000, 7);
    big.sort();
    println!("sorted: {} first {} last {}", is_sorted(&big), big[0], big[999]);
    println!("{:?}", &big[490..510]);
    let mut down = pseudo_random(333, 11);
    down.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", &down[0..12]);

    let mut items = Vec::new();
    let tags = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    let keys = pseudo_random(60, 3);
    let mut i = 0;
    while i < keys.len() {
        items.push(Item { key: (keys[i] % 4) as i32, tag: tags[i % 7] });
        i += 1;
    }
    items.sort_by_key(|it| it.key);
    let mut line = String::new();
    for it in &items {
        line.push(it.tag);
        line.push_str(&format!("{} ", it.key));
    }
    println!("{}", line);
    items.sort_unstable_by_key(|it| (-it.key, it.tag));
    println!("{:?}", &items[0..3]);

    let mut words = vec![String::from("pear"), String::from("apple"), String::from("fig"), String::from("Zebra")];
    words.sort();
    println!("{:?}", words);
    words.sort_by(|a, b| a.len().cmp(&b.len()));
    println!("{:?}", words);
    let mut strs = vec!["b", "a", "ab", "", "ba"];
    strs.sort();
    println!("{:?}", strs);

    let sorted = [1, 3, 3, 3, 5, 8, 13];
    println!("{:?} {:?} {:?} {:?}", sorted.binary_search(&3), sorted.binary_search(&4), sorted.binary_search(&0), sorted.binary_search(&99));
    let empty: [i32; 0] = [];
    println!("{:?}", empty.binary_search(&1));
    println!("{:?}", sorted.binary_search_by(|p| p.cmp(&8)));
    println!("{:?}", sorted.binary_search_by_key(&26, |p| p * 2));
}
