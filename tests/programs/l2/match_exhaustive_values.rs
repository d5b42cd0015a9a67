// Exhaustive matches without a wildcard: bool pairs, u8 ranges, nested enums; match on a reference.
#[derive(Clone, Copy)]
enum Coin {
    Heads,
    Tails,
}

#[derive(Clone, Copy)]
enum Toss {
    Single(Coin),
    Double(Coin, Coin),
}

fn xor(a: bool, b: bool) -> bool {
    match (a, b) {
        (true, false) | (false, true) => true,
        (true, true) | (false, false) => false,
    }
}

fn half(b: u8) -> u8 {
    match b {
        0..=127 => 0,
        128..=255 => 1,
    }
}

fn heads(t: &Toss) -> u32 {
    match t {
        Toss::Single(Coin::Heads) => 1,
        Toss::Single(Coin::Tails) => 0,
        Toss::Double(Coin::Heads, Coin::Heads) => 2,
        Toss::Double(Coin::Heads, Coin::Tails) | Toss::Double(Coin::Tails, Coin::Heads) => 1,
        Toss::Double(Coin::Tails, Coin::Tails) => 0,
    }
}

fn main() {
    println!("{} {} {}", xor(true, false), xor(true, true), xor(false, false));
    println!("{} {}", half(127), half(128));
    let tosses = [
        Toss::Single(Coin::Heads),
        Toss::Double(Coin::Tails, Coin::Heads),
        Toss::Double(Coin::Heads, Coin::Heads),
        Toss::Single(Coin::Tails),
    ];
    let mut total = 0;
    for i in 0..tosses.len() {
        total += heads(&tosses[i]);
    }
    println!("{}", total);
}
