// A name that is not in scope.
fn main() {
    let count = 1;
    println!("{}", count + cuont); //~ ERROR E0425
}
