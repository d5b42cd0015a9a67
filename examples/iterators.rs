// Iterator chains: every closure is its own type, so every chain is its own tower of generic
// instances — `Map<Filter<Iter<'_, i32>, {closure}>, {closure}>` here, another one there.
//
//   ./toyrust build examples/iterators.rs --print mono-items        # every adapter instance
//   ./toyrust size examples/iterators.rs -C opt-level=0 --table instances
//   ./toyrust size examples/iterators.rs -O --table instances       # what -O leaves
//
// At opt-level 0 each adapter's `next`, each closure body and each `sum`/`fold`/`collect` is a
// function of its own. At -O LLVM inlines the chains into their callers and most of those
// symbols vanish. docs/closures.md measures both.

struct Fibonacci {
    current: u64,
    next: u64,
}

impl Iterator for Fibonacci {
    type Item = u64;

    fn next(&mut self) -> Option<u64> {
        let value = self.current;
        self.current = self.next;
        self.next += value;
        Some(value)
    }
}

fn fibonacci() -> Fibonacci {
    Fibonacci { current: 0, next: 1 }
}

fn sum_of_odd_squares(values: &[i32]) -> i32 {
    values.iter().filter(|x| *x % 2 != 0).map(|x| x * x).sum()
}

fn scaled(values: &[i32], factor: i32) -> Vec<i32> {
    values.iter().map(|x| x * factor).collect()
}

fn largest_gap(values: &[i32]) -> Option<i32> {
    values.iter().zip(values.iter().skip(1)).map(|(a, b)| if a > b { a - b } else { b - a }).max()
}

fn main() {
    let values = vec![3, 8, 1, 9, 4, 7, 2, 6];
    println!("sum of odd squares: {}", sum_of_odd_squares(&values));
    println!("scaled by 3: {:?}", scaled(&values, 3));
    println!("largest gap: {:?}", largest_gap(&values));

    let evens: Vec<u64> = fibonacci().filter(|f| f % 2 == 0).take(8).collect();
    println!("even Fibonacci numbers: {:?}", evens);

    let limit = 1000;
    let below = fibonacci().take_while(|f| *f < limit).count();
    println!("Fibonacci numbers below {}: {}", limit, below);

    for (i, v) in values.iter().rev().enumerate().skip(5) {
        println!("{} from the end: {}", i, v);
    }

    let total = (1..=10).rev().fold(0, |acc, x| acc * 2 + x);
    let any_big = values.iter().any(|v| *v > 8);
    let all_small = values.iter().all(|v| *v < 10);
    let first_even = values.iter().position(|v| v % 2 == 0);
    let joined: Vec<i32> = values.iter().take(2).chain(values.iter().skip(6)).copied().collect();
    println!("{} {} {} {:?} {:?}", total, any_big, all_small, first_even, joined);
}
