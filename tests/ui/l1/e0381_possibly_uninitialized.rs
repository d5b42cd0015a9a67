// A `let x;` assigned on one branch only, then read: rustc's definite-initialization check.
fn show(c: bool) {
    let x: i32;
    if c {
        x = 1;
    }
    println!("{}", x); //~ ERROR E0381
}

fn main() {
    show(true);
}
