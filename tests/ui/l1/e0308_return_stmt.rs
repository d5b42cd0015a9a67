// A `return` with a value of the wrong type.
fn pick(flag: bool) -> char {
    if flag {
        return 1; //~ ERROR E0308
    }
    'n'
}

fn main() {
    println!("{}", pick(true));
}
