// An assignment in the right operand of `&&` happens on some paths only.
fn check(c: bool) -> bool {
    let x: bool;
    c && { x = true; x } || x //~ ERROR E0381
}

fn main() {
    println!("{}", check(true));
}
