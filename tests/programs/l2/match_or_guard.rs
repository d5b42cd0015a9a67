// `|` alternatives (also nested inside tuple patterns) and `if` guards, including guards that fail.
fn classify(n: i32) -> &'static str {
    match n {
        2 | 3 | 5 | 7 => "small prime",
        x if x < 0 => "negative",
        x if x % 2 == 0 && x < 10 => "small even",
        0 | 1 | 9 => "special",
        _ => "big",
    }
}

fn quadrant(p: (i32, i32)) -> u8 {
    match p {
        (0, _) | (_, 0) => 0,
        (x, y) if x > 0 && y > 0 => 1,
        (x, _) if x < 0 => {
            if p.1 > 0 { 2 } else { 3 }
        }
        _ => 4,
    }
}

fn main() {
    let numbers = [2, -4, 4, 9, 11, 1, 0];
    for i in 0..numbers.len() {
        let n = numbers[i];
        println!("{} {}", n, classify(n));
    }
    let points = [(0, 5), (3, 4), (-3, 4), (-3, -4), (3, -4)];
    for i in 0..points.len() {
        let p = points[i];
        print!("{} ", quadrant(p));
    }
    println!();
    let c = 'e';
    let is_vowel = match c {
        'a' | 'e' | 'i' | 'o' | 'u' => true,
        _ => false,
    };
    println!("{}", is_vowel);
    let t = (1, 'b');
    match t {
        (1 | 2, 'a' | 'b') => println!("matched nested or"),
        _ => println!("no"),
    }
}
