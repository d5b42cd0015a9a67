// Operator precedence and associativity, checked against parenthesised forms.
fn main() {
    println!("{}", 2 + 3 * 4);
    println!("{}", (2 + 3) * 4);
    println!("{}", 100 - 10 - 5);
    println!("{}", 100 / 10 / 5);
    println!("{}", 1 + 2 << 3);
    println!("{}", 1 << 2 + 3);
    println!("{}", 6 & 3 | 8);
    println!("{}", 6 ^ 3 & 5);
    println!("{}", 1 | 2 ^ 3);
    println!("{}", 3 > 2 && 2 > 1 || false);
    println!("{}", -2 * -3);
    println!("{}", !0u8 >> 4);
    println!("{}", 7 % 4 * 3);
    println!("{}", 1 + 2 == 3 && 4 < 5);
}
