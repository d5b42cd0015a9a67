// Generic `largest` and `smallest` over fixed-length arrays [T; 5], by value and by
// reference, returning a value, an index, or a reference into the array.
fn largest<T: PartialOrd + Copy>(xs: [T; 5]) -> T {
    let mut best = xs[0];
    for i in 1..5 {
        if xs[i] > best {
            best = xs[i];
        }
    }
    best
}

fn argmin<T: PartialOrd>(xs: &[T; 5]) -> usize {
    let mut at = 0;
    for i in 1..xs.len() {
        if xs[i] < xs[at] {
            at = i;
        }
    }
    at
}

fn largest_ref<T: PartialOrd>(xs: &[T; 5]) -> &T {
    let mut best = &xs[0];
    for i in 0..5 {
        if xs[i] > *best {
            best = &xs[i];
        }
    }
    best
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
struct Score {
    points: u32,
    bonus: u8,
}

fn main() {
    let ints = [34, 50, 25, 100, 65];
    let floats = [0.5, -1.5, 9.25, 9.0, 3.0];
    let chars = ['y', 'm', 'a', 'q', 'z'];
    let scores = [
        Score { points: 10, bonus: 1 },
        Score { points: 12, bonus: 0 },
        Score { points: 12, bonus: 3 },
        Score { points: 9, bonus: 9 },
        Score { points: 11, bonus: 2 },
    ];
    println!("{} {} {} {:?}", largest(ints), largest(floats), largest(chars), largest(scores));
    println!("{} {} {} {}", argmin(&ints), argmin(&floats), argmin(&chars), argmin(&scores));
    println!("{:?}", largest_ref(&scores));
    println!("{}", largest_ref(&[-1i64, -7, -3, -1, -2]));
    println!("{}", largest([u64::MAX, 0, 1, 2, 3]));
    println!("{}", largest([i8::MIN, i8::MIN, i8::MIN, i8::MIN, i8::MIN]));
    println!("{:?}", largest([(1, 'b'), (1, 'c'), (0, 'z'), (1, 'a'), (-5, 'q')]));
}
