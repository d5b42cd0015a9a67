// Match arms of different types: reported on the arm whose value disagrees with the first.
fn main() {
    let n = 3;
    let s = match n {
        0 => "zero",
        1 => 'o', //~ ERROR E0308
        _ => "many",
    };
    println!("{}", s);
}
