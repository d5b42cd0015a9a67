// Collatz sequences: `loop` with `break value`, labelled loops, tuples and u64 arithmetic.

fn collatz_steps(start: u64) -> u32 {
    let mut n = start;
    let mut steps = 0;
    loop {
        if n == 1 {
            break steps;
        }
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
}

fn longest_below(limit: u64) -> (u64, u32) {
    let mut best = (1, 0);
    let mut n = 1;
    while n < limit {
        let steps = collatz_steps(n);
        if steps > best.1 {
            best = (n, steps);
        }
        n += 1;
    }
    best
}

fn main() {
    let (start, steps) = longest_below(10000);
    println!("longest chain below 10000 starts at {} ({} steps)", start, steps);
    let mut found = 0;
    'search: for a in 1..50u64 {
        for b in a..50 {
            if collatz_steps(a) + collatz_steps(b) == 30 {
                found = a * 100 + b;
                break 'search;
            }
        }
    }
    println!("first pair with 30 steps in total: {:?}", (found / 100, found % 100));
}
