// An integer cannot be cast to bool with `as` (compare with `n != 0` instead).
fn main() {
    let n = 1;
    let b = n as bool; //~ ERROR E0054
    println!("{}", b);
}
