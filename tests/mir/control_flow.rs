// if/else, && and ||, while, loop with a value, for over ranges, labelled break and continue, return.
fn classify(n: i32) -> i32 {
    if n < 0 || n > 1000 {
        return -1;
    }
    if n == 0 { 0 } else { 1 }
}

fn in_range(n: i32, low: i32, high: i32) -> bool {
    low <= n && n < high
}

fn sum_to(n: u32) -> u32 {
    let mut total = 0;
    for i in 0..=n {
        total += i;
    }
    total
}

fn first_square_above(limit: i32) -> i32 {
    let mut i = 0;
    loop {
        i += 1;
        if i * i > limit {
            break i;
        }
    }
}

fn search() -> i32 {
    let mut found = -1;
    'outer: for a in 1..4 {
        let mut b = 0;
        while b < 3 {
            b += 1;
            if a * b == 6 {
                found = a;
                break 'outer;
            }
            if b == 2 {
                continue 'outer;
            }
        }
    }
    found
}

fn main() {
    println!("{} {} {} {}", classify(-3), sum_to(4), first_square_above(10), search());
    println!("{}", in_range(5, 0, 10));
}
