// step_by, peekable, flatten, flat_map, inspect, by_ref, reduce and find_map, as std's:
// the same elements, the same closure calls in the same order, the same size hints (and so the
// same `collect` capacities), and inner iterators dropped when std drops them.
struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Loud {
    items: Vec<i32>,
    name: i32,
}

impl IntoIterator for Loud {
    type Item = i32;
    type IntoIter = LoudIter;

    fn into_iter(self) -> LoudIter {
        println!("into_iter {}", self.name);
        LoudIter { items: self.items, at: 0, _guard: Noisy(self.name) }
    }
}

struct LoudIter {
    items: Vec<i32>,
    at: usize,
    _guard: Noisy,
}

impl Iterator for LoudIter {
    type Item = i32;

    fn next(&mut self) -> Option<i32> {
        if self.at < self.items.len() {
            self.at += 1;
            Some(self.items[self.at - 1])
        } else {
            None
        }
    }
}

fn main() {
    // step_by
    let v: Vec<i32> = (0..10).step_by(3).collect();
    println!("{:?} {}", v, v.capacity());
    let w: Vec<u8> = (0..=20u8).step_by(5).rev().collect();
    println!("{:?}", w);
    let mut s = [1, 2, 3, 4, 5, 6, 7].iter().step_by(2);
    println!("{:?}", s.size_hint());
    println!("{:?} {:?}", s.next(), s.size_hint());
    println!("{:?} {:?}", s.next_back(), s.len());
    let calls: Vec<i32> = (1..8).map(|x| { println!("map {}", x); x * 10 }).step_by(3).collect();
    println!("{:?}", calls);

    // peekable
    let mut p = [1, 2, 3].iter().peekable();
    println!("{:?}", p.size_hint());
    let peeked = p.peek().copied();
    println!("{:?} {:?}", peeked, p.size_hint());
    while let Some(x) = p.next() {
        match p.peek() {
            Some(&&n) => println!("{} then {}", x, n),
            None => println!("{} last", x),
        }
    }
    let peeked = p.peek().copied();
    println!("{:?} {:?}", peeked, p.size_hint());
    let mut q = (1..10).peekable();
    let mut small = Vec::new();
    while let Some(x) = q.next_if(|&x| x < 4) {
        small.push(x);
    }
    println!("{:?} {:?}", small, q.next());
    if let Some(x) = q.peek_mut() {
        *x *= 100;
    }
    println!("{:?} {:?}", q.next(), q.next_back());
    let mut words = "one two  three".split_whitespace().peekable();
    let mut out = String::new();
    while let Some(w) = words.next() {
        out.push_str(w);
        if words.peek().is_some() {
            out.push('+');
        }
    }
    println!("{}", out);

    // flatten and flat_map
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.clone().into_iter().flatten().collect();
    println!("{:?} {}", flat, flat.capacity());
    let mut it = nested.iter().flatten();
    println!("{:?}", it.size_hint());
    println!("{:?} {:?}", it.next(), it.size_hint());
    let chars: String = vec!["ab", "", "cde"].iter().flat_map(|s| s.chars()).collect();
    println!("{}", chars);
    let pairs: Vec<(i32, i32)> = (1..4).flat_map(|i| (0..i).map(move |j| (i, j))).collect();
    println!("{:?}", pairs);
    let ranges: Vec<u8> = vec![0..2, 5..5, 7..9].into_iter().flatten().collect();
    println!("{:?}", ranges);
    let loud = vec![Loud { items: vec![1, 2], name: 7 }, Loud { items: vec![], name: 8 }, Loud { items: vec![3], name: 9 }];
    for x in loud.into_iter().flatten() {
        println!("got {}", x);
    }
    let mut partial = vec![Loud { items: vec![1, 2], name: 5 }].into_iter().flatten();
    println!("{:?}", partial.next());
    drop(partial);
    println!("after drop");

    // inspect, by_ref, reduce, find_map
    let total: i32 = [1, 2, 3].iter().inspect(|x| println!("saw {}", x)).sum();
    println!("{}", total);
    let mut r = 1..10;
    let firsts: Vec<i32> = r.by_ref().take(3).collect();
    let rest: Vec<i32> = r.collect();
    println!("{:?} {:?}", firsts, rest);
    println!("{:?}", (1..5).reduce(|a, b| a * b));
    println!("{:?}", (1..1).reduce(|a, b| a * b));
    let longest = ["a", "abc", "ab"].iter().copied().reduce(|a, b| if b.len() > a.len() { b } else { a });
    println!("{:?}", longest);
    let first_num = ["x", "12", "y", "7"].iter().find_map(|s| s.parse::<i32>().ok());
    println!("{:?}", first_num);

    // str iterators from the back
    let rev: String = "héllo, wörld".chars().rev().collect();
    println!("{}", rev);
    let mut ci = "aé😀z".char_indices();
    println!("{:?} {:?} {:?}", ci.next_back(), ci.next(), ci.next_back());
    println!("{:?}", "abc".bytes().rev().collect::<Vec<u8>>());
    let last_word = "the quick fox".chars().rev().take_while(|c| *c != ' ').collect::<String>();
    println!("{}", last_word);

    // `<<` opening a generic list and a qualified path; shifts still shift
    let q: Vec<<Vec<i32> as IntoIterator>::Item> = vec![1 << 3, 64 >> 2];
    let mut b = 1u64;
    b <<= 4;
    println!("{:?} {}", q, b);
}
