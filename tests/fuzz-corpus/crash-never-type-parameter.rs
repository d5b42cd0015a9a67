// Crash: "LLVM rejected the generated module: Call parameter type does not match function signature".
// `fn fib_iterative(n: !)`: `!` as a parameter's type, which rustc rejects (E0658, the never type is
// unstable), was accepted and lowered as `()` while callers passed an i64. Found by
// `scripts/fuzz.sh --seed 9000000` (mutant 8230, examples/fib.rs with DuplicateLines, ReplaceToken).
// Fibonacci numbers, recursive and iterative: the walking skeleton's first program.
// Try: ./toyrust run examples/fib.rs --target aarch64-unknown-linux-gnu
// Fibonacci numbers, recursive and iterative: the walking skeleton's first program.
// Try: ./toyrust run examples/fib.rs --target aarch64-unknown-linux-gnu

fn fib_recursive(n: i64) -> i64 {
    if n < 2 {
        return n;
    }
    fib_recursive(n - 1) + fib_recursive(n - 2)
}

fn fib_iterative(n: !) -> i64 {
    let mut a = 0;
    let mut b = 1;
    let mut i = 0;
    while i < n {
        let next = a + b;
        a = b;
        b = next;
        i += 1;
    }
    a
}

fn main() {
    let mut n = 0;
    while n <= 20 {
        println!("fib({}) = {}", n, fib_recursive(n));
        n += 1;
    }
    println!("fib(90) = {}", fib_iterative(90));
    println!("agree: {}", fib_recursive(25) == fib_iterative(25));
}
