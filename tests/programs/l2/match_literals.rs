// match on integer, char and bool literals, with a wildcard arm; match as an expression.
fn describe(n: i32) -> &'static str {
    match n {
        0 => "zero",
        1 => "one",
        -1 => "minus one",
        42 => "answer",
        _ => "other",
    }
}

fn vowel(c: char) -> bool {
    match c {
        'a' => true,
        'e' => true,
        'i' => true,
        'o' => true,
        'u' => true,
        _ => false,
    }
}

fn main() {
    let numbers = [0, 1, -1, 42, 7];
    for i in 0..numbers.len() {
        let n = numbers[i];
        println!("{} {}", n, describe(n));
    }
    let mut count = 0;
    let letters = ['r', 'u', 's', 't', 'a'];
    for i in 0..letters.len() {
        let c = letters[i];
        if vowel(c) {
            count += 1;
        }
    }
    println!("{}", count);
    let b = count > 1;
    let s = match b {
        true => 1,
        false => 0,
    };
    println!("{}", s);
    let big: u64 = 18446744073709551615;
    match big {
        18446744073709551615 => println!("max"),
        _ => println!("not max"),
    }
}
