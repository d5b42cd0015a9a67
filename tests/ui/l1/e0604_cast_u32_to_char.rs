// Only u8 casts to char.
fn main() {
    let n: u32 = 65;
    let c = n as char; //~ ERROR E0604
    println!("{}", c);
}
