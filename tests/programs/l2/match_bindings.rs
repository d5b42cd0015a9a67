// `name @ pattern` bindings with ranges and alternatives, and bindings inside tuples.
fn digits(n: u32) -> u32 {
    match n {
        d @ 0..=9 => d,
        d @ 10..=99 => d / 10 + d % 10,
        _ => 100,
    }
}

fn describe(n: i32) {
    match n {
        small @ (1 | 2 | 3) => println!("small {}", small),
        teen @ 13..=19 => println!("teen {}", teen),
        neg @ -9..=-1 if neg % 2 == 0 => println!("even negative digit {}", neg),
        other => println!("other {}", other),
    }
}

fn main() {
    println!("{} {} {}", digits(7), digits(47), digits(470));
    let numbers = [2, 15, -4, -3, 40];
    for i in 0..numbers.len() {
        let n = numbers[i];
        describe(n);
    }
    let pair = (5, 25);
    match pair {
        (a @ 1..=9, b @ 20..=29) => println!("{} and {}", a, b),
        _ => println!("no"),
    }
}
