// Generic iteration: `T: IntoIterator<Item = i32>` iterated in `for`, a user iterator with
// adapters, and `I::Item` projections through adapters.
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
            Some(self.n + 1)
        }
    }
}

fn total<T: IntoIterator<Item = i32>>(x: T) -> i32 {
    let mut s = 0;
    for v in x {
        s += v;
    }
    s
}

fn show_all<T: std::fmt::Debug, I: Iterator<Item = T>>(it: I) -> usize {
    let mut n = 0;
    for x in it {
        println!("item {:?}", x);
        n += 1;
    }
    n
}

fn largest<I: Iterator<Item = u32>>(it: I) -> Option<u32> {
    it.max()
}

fn main() {
    println!("{}", total(vec![1, 2, 3]));
    println!("{}", total(4..7));
    println!("{}", total(vec![5, 6].into_iter().map(|x| x * 10)));
    let evens: Vec<u32> = Countdown { n: 10 }.filter(|x| x % 2 == 0).collect();
    println!("{:?}", evens);
    let pairs: Vec<(usize, u32)> = Countdown { n: 3 }.enumerate().collect();
    println!("{:?}", pairs);
    println!("{}", show_all(Countdown { n: 2 }.zip(1..)));
    println!("{:?}", largest(Countdown { n: 7 }.map(|x| x * 3 % 7)));
    let k = 100;
    let shifted: Vec<u32> = Countdown { n: 4 }.map(|x| x + k).skip(1).take(2).collect();
    println!("{:?}", shifted);
    let mut c = Countdown { n: 5 };
    let firsts: Vec<u32> = (&mut c).take(2).collect();
    println!("{:?} then {:?}", firsts, c.next());
}
