// A program's own enum named `Option`: its variants are not the prelude's `Some`/`None`, so the
// missing one is printed with its enum's name.
enum Option {
    None,
    Some(i32),
}

fn main() {
    let o = Option::Some(1);
    match o { //~ ERROR E0004 `Option::None` not covered
        Option::Some(n) => println!("{}", n),
    }
}
