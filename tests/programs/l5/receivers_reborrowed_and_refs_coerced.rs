// A `&mut self` method called on a `&mut I` binding reborrows it: no `mut` needed on the binding,
// and the binding stays usable after the call. And deref coercion goes through references too:
// `&&str` and `&&String` where `&str` is expected.
fn total<I: Iterator<Item = i32>>(it: &mut I) -> i32 {
    let mut sum = 0;
    while let Some(x) = it.next() {
        sum += x;
    }
    sum
}

fn first_two<I: Iterator<Item = i32>>(it: &mut I) -> (Option<i32>, Option<i32>) {
    let a = it.next();
    let b = it.next();
    (a, b)
}

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) -> u32 {
        self.n += 1;
        self.n
    }
}

fn bump_twice(c: &mut Counter) -> u32 {
    c.bump();
    c.bump()
}

fn takes(s: &str) -> usize {
    s.len()
}

fn takes_int(x: &i32) -> i32 {
    *x + 1
}

fn main() {
    let mut it = vec![1, 2, 3, 4].into_iter();
    println!("{:?}", first_two(&mut it));
    println!("{}", total(&mut it));
    let mut c = Counter { n: 0 };
    println!("{}", bump_twice(&mut c));
    println!("{}", c.n);

    let s = String::from("hello");
    let r = &s;
    let rr = &r;
    println!("{}", takes(rr));
    let words = vec!["a", "bb", "ccc"];
    for w in &words {
        println!("{}", takes(w));
    }
    let n = 41;
    let nn = &&n;
    println!("{}", takes_int(nn));
    let x: &i32 = &&&n;
    println!("{}", x);
}
