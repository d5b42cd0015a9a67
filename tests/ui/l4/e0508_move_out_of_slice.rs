// Moving an element out of a slice, or out of an array behind a reference: E0508, "a non-copy
// slice" / "a non-copy array" (borrow it, or clone it), not E0507.
struct Token {
    id: i32,
}

fn first(tokens: &[Token]) -> i32 {
    let t = tokens[0]; //~ ERROR a non-copy slice
    t.id
}

fn second(tokens: &[Token; 2]) -> i32 {
    let t = tokens[1]; //~ ERROR a non-copy array
    t.id
}

fn main() {
    let ts = [Token { id: 1 }, Token { id: 2 }];
    println!("{} {}", first(&ts), second(&ts));
}
