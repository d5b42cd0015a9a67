// A recursive function called from `main`: at opt-level 2 LLVM inlines the call in `main` (one
// level of the recursion), but a function cannot be inlined into itself, so `fib` keeps its symbol
// for its two recursive call sites. Its fate is "inlined at 1 of 3 call sites, kept".

fn fib(n: i64) -> i64 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn main() {
    let mut i = 0;
    while i < 15 {
        println!("fib({}) = {}", i, fib(i));
        i = i + 1;
    }
}
