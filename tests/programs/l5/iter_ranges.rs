// Ranges are values: printed, stored, iterated forwards and backwards, for every integer type and char.
fn main() {
    let r = 0..5;
    let ri = 1..=3;
    println!("{:?} {:?} {:?} {:?}", r, ri, 2.., ..4);
    println!("{:?}", ..);
    for i in r {
        print!("{} ", i);
    }
    println!();
    let mut n = 0u8;
    for x in 0..=255u8 {
        n = x;
    }
    println!("last u8 {}", n);
    let mut count = 0;
    for _ in (0..=255u8).rev() {
        count += 1;
    }
    println!("count {}", count);
    let mut it = 1..=2;
    println!("{:?} {:?} {:?} {:?}", it.next(), it.next(), it.next(), it);
    let down: Vec<i64> = (-3..3i64).rev().collect();
    println!("{:?}", down);
    let letters: Vec<char> = ('a'..='e').collect();
    println!("{:?} {:?}", letters, ('x'..'z').rev().collect::<Vec<char>>());
    println!("{:?}", (0..10).step_by_hand());
    println!("{} {}", (0..10).contains(&3), (1..=3).contains(&4));
    println!("{} {}", (5..5).is_empty(), (1..=0).is_empty());
    let first: Vec<u64> = (10..).take(3).collect();
    println!("{:?}", first);
    let s: u128 = (1..=100u128).sum();
    let p: usize = (1..6usize).product();
    println!("{} {}", s, p);
    let r2 = 3..7;
    let total: i32 = r2.clone().sum();
    println!("{} {} {}", total, r2.start, r2.end);
    println!("{}", r2.len_by_count());
    let mut both = 0..6;
    println!("{:?} {:?} {:?}", both.next(), both.next_back(), both);
    for i in (0..3).chain(7..9) {
        print!("{} ", i);
    }
    println!();
}

trait ByHand {
    fn step_by_hand(self) -> Vec<i32>;
    fn len_by_count(self) -> usize;
}

impl ByHand for std::ops::Range<i32> {
    fn step_by_hand(self) -> Vec<i32> {
        self.filter(|x| x % 3 == 0).collect()
    }

    fn len_by_count(self) -> usize {
        self.count()
    }
}
