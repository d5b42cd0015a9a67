// if/else as statements and as expressions; else-if chains; if as an argument and operand.
fn sign(n: i32) -> i32 {
    if n < 0 {
        -1
    } else if n == 0 {
        0
    } else {
        1
    }
}

fn classify(n: u32) -> char {
    if n % 15 == 0 { 'F' } else if n % 5 == 0 { 'B' } else if n % 3 == 0 { 'f' } else { '.' }
}

fn main() {
    println!("{} {} {}", sign(-9), sign(0), sign(9));
    let mut i = 1;
    while i <= 15 {
        print!("{}", classify(i));
        i += 1;
    }
    println!();
    let x = 7;
    let parity = if x % 2 == 0 { "even" } else { "odd" };
    println!("{}", parity);
    let total = 10 + if x > 5 { 100 } else { 0 };
    println!("{}", total);
    if x > 0 {
        println!("positive");
    }
    if x > 100 {
        println!("big");
    } else {
        println!("small");
    }
    println!("{}", if true { 'y' } else { 'n' });
}
