// An argument of the wrong type: the error is on the argument's line.
fn square(n: i32) -> i32 {
    n * n
}

fn main() {
    let r = square(
        'c', //~ ERROR E0308
    );
    println!("{}", r);
}
