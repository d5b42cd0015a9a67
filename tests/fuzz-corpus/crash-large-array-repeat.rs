// Crash (the compiler died with SIGSEGV): the sieve example with its limit mutated to 100100.
// `[false; 100100]` was built as one LLVM aggregate value and stored; instruction selection split
// the store into 100,100 and overflowed the stack. From the long campaign's crash fuzzer (seed
// 3000000, mutant 87596).
// The sieve of Eratosthenes on a fixed array: arrays, indexing (bounds-checked), casts.

const LIMIT: usize = 100100;

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
