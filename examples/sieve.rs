// The sieve of Eratosthenes on a fixed array: arrays, indexing (bounds-checked), casts.

const LIMIT: usize = 100;

fn main() {
    let mut composite = [false; LIMIT];
    let mut count = 0;
    for n in 2..LIMIT {
        if !composite[n] {
            count += 1;
            print!("{:>3}", n);
            if count % 10 == 0 {
                println!();
            }
            let mut multiple = n * n;
            while multiple < LIMIT {
                composite[multiple] = true;
                multiple += n;
            }
        }
    }
    println!();
    println!("{} primes below {}", count, LIMIT);
    let last = LIMIT as u8 - 3;
    println!("{:#x} {:#010b} {}", last, last, last as char);
}
