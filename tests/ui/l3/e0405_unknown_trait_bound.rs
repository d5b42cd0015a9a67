// A bound naming a trait that does not exist.
fn show<T: Printable>(x: T) -> T { //~ ERROR E0405
    x
}

fn main() {
    println!("{}", show(1));
}
