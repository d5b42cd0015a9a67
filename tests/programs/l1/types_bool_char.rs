// bool and char values: literals, comparisons and printing.
fn main() {
    let t = true;
    let f: bool = false;
    println!("{} {}", t, f);
    println!("{} {}", t == f, t != f);
    let a = 'a';
    let z: char = 'Z';
    let digit = '7';
    let space = ' ';
    let e_acute = '\u{e9}';
    println!("{}{}{}[{}]{}", a, z, digit, space, e_acute);
    println!("{} {}", a < z, 'b' > a);
    let tab = '\t';
    let quote = '\'';
    let backslash = '\\';
    println!("[{}][{}][{}]", tab, quote, backslash);
}
