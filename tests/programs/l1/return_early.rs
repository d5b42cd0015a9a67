// `return` from inside loops, nested blocks and if expressions; `return;` in unit functions.
fn find(target: i32) -> i32 {
    let mut i = 0;
    while i < 100 {
        if i * i == target {
            return i;
        }
        i += 1;
    }
    -1
}

fn first_digit_over(limit: u32) -> u32 {
    for d in 0..10 {
        if d > limit {
            return d;
        }
    }
    return 99;
}

fn report(n: i32) {
    if n == 0 {
        println!("zero");
        return;
    }
    println!("nonzero {}", n);
}

fn nested(n: i32) -> i32 {
    let v = {
        if n > 10 {
            return 1000;
        }
        n * 2
    };
    v + 1
}

fn main() {
    println!("{} {}", find(49), find(50));
    println!("{} {}", first_digit_over(4), first_digit_over(20));
    report(0);
    report(3);
    println!("{} {}", nested(5), nested(50));
}
