// Issue 12, a call-and-branch kernel: recursive `fib(32)` (seven million calls) and the longest
// Collatz chain below two million (a data-dependent loop of 64-bit arithmetic).
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 1;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let f = fib(32);
    let mut best = 0;
    let mut best_n = 0;
    let mut n = 1;
    while n < 2_000_000 {
        let len = collatz_len(n);
        if len > best {
            best = len;
            best_n = n;
        }
        n += 1;
    }
    println!("fib_collatz fib(32) = {}, longest chain below 2000000 starts at {} ({} steps)", f, best_n, best);
}
