// A move inside a loop: the second iteration uses the value the first one moved.
struct Token {
    id: u32,
}

fn consume(t: Token) -> u32 {
    t.id
}

fn main() {
    let t = Token { id: 7 };
    let mut i = 0;
    let mut total = 0;
    while i < 3 {
        total += consume(t); //~ ERROR E0382
        i += 1;
    }
    println!("{}", total);
}
