// The capacity of a collected Vec or String, as std's: exact for TrustedLen iterators, the
// first value then max(minimum, lower + 1) and `reserve(lower + 1)` when full for the others.
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

// An iterator whose exact size hint is not trusted by `collect`.
struct Exact {
    n: usize,
}

impl Iterator for Exact {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        if self.n == 0 {
            None
        } else {
            self.n -= 1;
            Some(self.n)
        }
    }

    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.n, Some(self.n))
    }
}

#[derive(Clone)]
struct Big {
    _data: [u64; 200],
}

fn show<T>(name: &str, v: Vec<T>) {
    println!("{}: len {} cap {}", name, v.len(), v.capacity());
}

fn main() {
    let v: Vec<i32> = (1..=20).collect();
    show("range", (0..10).collect::<Vec<i32>>());
    show("empty range", (0..0).collect::<Vec<i32>>());
    show("inclusive", (1..=20).collect::<Vec<i32>>());
    show("range u8", (0..3u8).collect::<Vec<u8>>());
    show("range i128", (0..3i128).collect::<Vec<i128>>());
    show("chars range", ('a'..='z').collect::<Vec<char>>());
    show("iter", v.iter().collect::<Vec<&i32>>());
    show("copied", v.iter().copied().collect::<Vec<i32>>());
    show("cloned", v.iter().cloned().collect::<Vec<i32>>());
    show("map", v.iter().map(|x| x * 2).collect::<Vec<i32>>());
    show("filter", v.iter().filter(|x| **x % 3 == 0).collect::<Vec<&i32>>());
    show("filter many", (0..100).filter(|x| x % 2 == 0).collect::<Vec<i32>>());
    show("filter bytes", (0..100u8).filter(|x| x % 2 == 0).collect::<Vec<u8>>());
    show("filter none", v.iter().filter(|x| **x > 100).collect::<Vec<&i32>>());
    show("filter one", v.iter().filter(|x| **x == 3).collect::<Vec<&i32>>());
    show("filter_map", v.iter().filter_map(|x| if *x > 5 { Some(*x) } else { None }).collect::<Vec<i32>>());
    show("enumerate", v.iter().enumerate().collect::<Vec<(usize, &i32)>>());
    show("zip", v.iter().zip(0..5).collect::<Vec<(&i32, i32)>>());
    show("rev", v.iter().rev().collect::<Vec<&i32>>());
    show("take", v.iter().take(5).collect::<Vec<&i32>>());
    show("take over", (0..3).take(10).collect::<Vec<i32>>());
    show("skip", v.iter().skip(5).collect::<Vec<&i32>>());
    show("skip range", (0..10).skip(2).collect::<Vec<i32>>());
    show("skip rev", v.iter().rev().skip(5).collect::<Vec<&i32>>());
    show("skip chain", v.iter().chain(v.iter()).skip(37).collect::<Vec<&i32>>());
    show("skip chain many", v.iter().chain(v.iter()).skip(3).collect::<Vec<&i32>>());
    show("skip range i128", (0..10i128).skip(8).collect::<Vec<i128>>());
    show("chain", v.iter().chain(v.iter()).collect::<Vec<&i32>>());
    show("chain filter", v.iter().chain(v.iter().filter(|x| **x > 15)).collect::<Vec<&i32>>());
    show("take_while", v.iter().take_while(|x| **x < 12).collect::<Vec<&i32>>());
    show("skip_while", v.iter().skip_while(|x| **x < 12).collect::<Vec<&i32>>());
    show("into_iter", v.iter().map(|x| vec![*x]).collect::<Vec<Vec<i32>>>().into_iter().collect::<Vec<Vec<i32>>>());
    show("user", Countdown { n: 9 }.collect::<Vec<u32>>());
    show("user one", Countdown { n: 1 }.collect::<Vec<u32>>());
    show("user exact", Exact { n: 3 }.collect::<Vec<usize>>());
    show("user exact big", Exact { n: 30 }.collect::<Vec<usize>>());
    show("take user", Countdown { n: 30 }.take(6).collect::<Vec<u32>>());
    show("chars", "hello, wörld".chars().collect::<Vec<char>>());
    show("bytes", "hello".bytes().collect::<Vec<u8>>());
    show("char_indices", "hello".char_indices().collect::<Vec<(usize, char)>>());
    show("lines", "a\nb\nc\nd\ne\nf".lines().collect::<Vec<&str>>());
    show("big", (0..3).map(|_| Big { _data: [0; 200] }).collect::<Vec<Big>>());
    show("big filter", (0..3).map(|_| Big { _data: [0; 200] }).filter(|_| true).collect::<Vec<Big>>());
    show("unit filter", (0..5).map(|_| ()).filter(|_| true).collect::<Vec<()>>());
    let s: String = "hello wörld".chars().collect();
    println!("{} {} {}", s, s.len(), s.capacity());
    let s: String = "abc".chars().filter(|c| *c != 'b').collect();
    println!("{} {} {}", s, s.len(), s.capacity());
    let s: String = vec!["ab", "cde", "", "f"].into_iter().collect();
    println!("{} {} {}", s, s.len(), s.capacity());
    let s: String = (0..5).map(|i| if i % 2 == 0 { 'x' } else { 'é' }).collect();
    println!("{} {} {}", s, s.len(), s.capacity());
}
