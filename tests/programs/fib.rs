// Recursion, while, if/else, integer and bool printing.
fn fib(n: i64) -> i64 {
    if n < 2 {
        return n;
    }
    fib(n - 1) + fib(n - 2)
}

fn is_even(n: i32) -> bool {
    n % 2 == 0
}

fn main() {
    let mut i = 0;
    while i < 15 {
        println!("fib({}) = {}", i, fib(i));
        i = i + 1;
    }
    println!("{} {}", is_even(4), is_even(7));
    let mut total: i32 = 0;
    let mut k = 1;
    while k <= 100 {
        if k % 3 == 0 {
            total = total + k;
        } else {
            total = total - 1;
        }
        k += 1;
    }
    println!("total = {}", total);
}
