// Matching integers, chars, ranges, bools, strings and arrays; let with a pattern.
fn kind(n: u8) -> i32 {
    match n {
        0 => 10,
        1 | 2 => 20,
        3..=9 => 30,
        _ => 40,
    }
}

fn letter(c: char) -> bool {
    matches_vowel(c) || c == 'y'
}

fn matches_vowel(c: char) -> bool {
    match c {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        _ => false,
    }
}

fn answer(s: &str, flag: bool) -> i32 {
    match (s, flag) {
        ("yes", true) => 1,
        ("yes", false) => 2,
        _ => 0,
    }
}

fn swap(p: (i32, i32)) -> (i32, i32) {
    let (a, b) = p;
    (b, a)
}

fn ends(a: [i32; 3], p: &(i32, i32)) -> i32 {
    let &(x, _) = p;
    match a {
        [0, .., last] => last + x,
        [first @ 1..=5, ..] => first,
        _ => x,
    }
}

fn main() {
    println!("{} {} {} {:?}", kind(5), letter('e'), answer("yes", true), swap((1, 2)));
    println!("{}", ends([0, 1, 2], &(3, 4)));
}
