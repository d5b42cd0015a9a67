// for over exclusive and inclusive ranges: empty, reversed (empty), negative, variable bounds.
fn main() {
    for i in 0..5 {
        print!("{} ", i);
    }
    println!();
    for i in 1..=5 {
        print!("{} ", i);
    }
    println!();
    for i in -3..3 {
        print!("{} ", i);
    }
    println!();
    for i in -5..=-2 {
        print!("{} ", i);
    }
    println!();
    let mut ran = 0;
    for _ in 5..5 {
        ran += 1;
    }
    for _ in 5..3 {
        ran += 1;
    }
    for _ in 3..=2 {
        ran += 1;
    }
    println!("empty ranges ran {}", ran);
    for _ in 7..=7 {
        ran += 1;
    }
    println!("single {}", ran);
    let lo: u64 = 10;
    let hi: u64 = 13;
    let mut sum = 0;
    for x in lo..hi {
        sum += x;
    }
    println!("{}", sum);
    for x in lo * 2..=hi * 2 {
        print!("{} ", x);
    }
    println!();
    let mut last = 'a';
    for c in 0u8..26 {
        last = (97 + c) as char;
    }
    println!("{}", last);
}
