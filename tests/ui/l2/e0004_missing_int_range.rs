// Integer ranges must cover the whole type: `i32::MIN..=-1_i32` and `11_i32..=i32::MAX` are missing.
fn main() {
    let n: i32 = 5;
    match n { //~ ERROR E0004 `i32::MIN..=-1_i32` and `11_i32..=i32::MAX` not covered
        0..=10 => println!("small"),
    }
}
