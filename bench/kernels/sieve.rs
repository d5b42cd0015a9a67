// Issue 12, an array kernel: the sieve of Eratosthenes over a `Vec<bool>` of 20 million entries,
// twice; prints the number of primes and the sum of the last ten.
fn sieve(limit: usize) -> Vec<bool> {
    let mut composite = vec![false; limit + 1];
    composite[0] = true;
    composite[1] = true;
    let mut p = 2;
    while p * p <= limit {
        if !composite[p] {
            let mut m = p * p;
            while m <= limit {
                composite[m] = true;
                m += p;
            }
        }
        p += 1;
    }
    composite
}

fn main() {
    let limit = 20_000_000;
    let mut count = 0;
    let mut last = 0;
    let mut round = 0;
    while round < 2 {
        let composite = sieve(limit - round);
        count = 0;
        let mut i = 0;
        while i < composite.len() {
            if !composite[i] {
                count += 1;
            }
            i += 1;
        }
        last = 0;
        let mut found = 0;
        let mut j = composite.len() - 1;
        while found < 10 {
            if !composite[j] {
                last += j;
                found += 1;
            }
            j -= 1;
        }
        round += 1;
    }
    println!("sieve {} primes, last ten sum {}", count, last);
}
