// Range patterns `a..=b` on signed integers, unsigned integers and chars; exhaustive without `_`.
fn grade(score: u8) -> char {
    match score {
        90..=255 => 'A',
        80..=89 => 'B',
        70..=79 => 'C',
        0..=69 => 'F',
    }
}

fn kind(c: char) -> &'static str {
    match c {
        'a'..='z' => "lower",
        'A'..='Z' => "upper",
        '0'..='9' => "digit",
        _ => "other",
    }
}

fn bucket(n: i64) -> i32 {
    match n {
        -1000..=-1 => -1,
        0 => 0,
        1..=1000 => 1,
        _ => 2,
    }
}

fn main() {
    let scores = [95u8, 85, 75, 10, 255, 69, 70];
    for i in 0..scores.len() {
        let s = scores[i];
        print!("{}", grade(s));
    }
    println!();
    let chars = ['q', 'Q', '5', '-'];
    for i in 0..chars.len() {
        let c = chars[i];
        println!("{} {}", c, kind(c));
    }
    println!("{} {} {} {} {}", bucket(-5000), bucket(-1), bucket(0), bucket(1000), bucket(1001));
}
