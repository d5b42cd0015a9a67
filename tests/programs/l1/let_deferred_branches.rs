// Deferred initialisation that rustc accepts: assigned once on every path, through if/else,
// match, and a loop that breaks right after assigning.
fn pick(n: i32) -> i32 {
    let kind: i32;
    match n % 3 {
        0 => kind = 10,
        1 => kind = 20,
        _ => kind = 30,
    }
    let bonus: i32;
    if n > 5 {
        bonus = 1;
    } else {
        bonus = 0;
    }
    let first: i32;
    loop {
        first = n * 2;
        break;
    }
    kind + bonus + first
}

fn main() {
    for n in 0..8 {
        println!("{}", pick(n));
    }
}
