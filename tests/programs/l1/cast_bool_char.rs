// `as` from bool to integers, u8 to char, char to u32 (and on to narrower integers).
fn main() {
    let t = true;
    let f = false;
    println!("{} {} {} {}", t as i32, f as u8, t as u64, t as i8);
    let letter: u8 = 65;
    println!("{}", letter as char);
    let mut code: u8 = 97;
    while code < 102 {
        print!("{}", code as char);
        code += 1;
    }
    println!();
    let top: u8 = 233;
    println!("{}", top as char);
    println!("{}", 'A' as u32);
    println!("{}", '\u{1F600}' as u32);
    println!("{}", ('a' as u32 + 2) as u8 as char);
    let count = (1 > 0) as usize + (2 > 3) as usize;
    println!("{}", count);
}
