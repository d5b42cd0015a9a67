// Option<T>: match, if let, while let, unwrap, expect, is_some, is_none, unwrap_or,
// at several payload types, including Option returned from functions.
fn checked_div(a: i32, b: i32) -> Option<i32> {
    if b == 0 { None } else { Some(a / b) }
}

fn first_vowel(word: [char; 5]) -> Option<usize> {
    let mut i = 0;
    while i < 5 {
        match word[i] {
            'a' | 'e' | 'i' | 'o' | 'u' => return Some(i),
            _ => i += 1,
        }
    }
    None
}

fn countdown(n: u32) -> Option<u32> {
    if n == 0 { None } else { Some(n - 1) }
}

fn main() {
    let a = checked_div(20, 3);
    let b = checked_div(1, 0);
    println!("{:?} {:?}", a, b);
    println!("{} {} {} {}", a.is_some(), a.is_none(), b.is_some(), b.is_none());
    println!("{} {}", a.unwrap(), a.expect("nonzero divisor"));
    println!("{} {}", a.unwrap_or(-1), b.unwrap_or(-1));

    match first_vowel(['r', 'h', 'y', 't', 'o']) {
        Some(i) => println!("vowel at {}", i),
        None => println!("no vowel"),
    }
    if let Some(i) = first_vowel(['c', 'r', 'w', 't', 'h']) {
        println!("vowel at {}", i);
    } else {
        println!("no vowel");
    }

    let mut state = Some(3);
    while let Some(n) = state {
        println!("tick {}", n);
        state = countdown(n);
    }
    println!("{:?}", state);

    let c: Option<char> = Some('x');
    let f: Option<f64> = None;
    let t: Option<(u8, bool)> = Some((1, true));
    println!("{} {} {:?}", c.unwrap_or('?'), f.unwrap_or(0.5), t.unwrap_or((0, false)));
    let total = checked_div(100, 7).unwrap_or(0) + checked_div(5, 0).unwrap_or(0);
    println!("{}", total);
    let r = &a;
    println!("{} {:?}", r.is_some(), r);
    if let Some(x) = r {
        println!("by ref {}", x);
    }
}
