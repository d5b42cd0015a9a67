// `char`'s methods: the Unicode properties (checked against rustc over a sample of every plane,
// counted, and for a few characters named), the ASCII ones, digits, case, `as u32`, `len_utf8`.
fn flags(c: char) -> String {
    let mut s = String::new();
    s.push(if c.is_alphabetic() { 'A' } else { '-' });
    s.push(if c.is_numeric() { 'N' } else { '-' });
    s.push(if c.is_alphanumeric() { 'a' } else { '-' });
    s.push(if c.is_whitespace() { 'W' } else { '-' });
    s.push(if c.is_uppercase() { 'U' } else { '-' });
    s.push(if c.is_lowercase() { 'L' } else { '-' });
    s.push(if c.is_control() { 'C' } else { '-' });
    s
}

fn main() {
    for c in ['a', 'Z', '7', ' ', '\n', 'é', 'ß', 'Σ', 'ω', '٣', '½', 'Ⅻ', '\u{3000}', '\u{85}', '中', '😀', '_', '\u{1D7D8}'] {
        println!("{:?} {} {} {}", c, flags(c), c as u32, c.len_utf8());
    }

    let mut counts = [0u32; 6];
    let mut code = 0u32;
    while code < 0x110000 {
        if let Some(c) = char::from_u32(code) {
            if c.is_alphabetic() { counts[0] += 1; }
            if c.is_numeric() { counts[1] += 1; }
            if c.is_whitespace() { counts[2] += 1; }
            if c.is_uppercase() { counts[3] += 1; }
            if c.is_lowercase() { counts[4] += 1; }
            if c.is_alphanumeric() { counts[5] += 1; }
        }
        code += 97;
    }
    println!("{:?}", counts);
    println!("{:?} {:?}", char::from_u32(0xD800), char::from_u32(0x110000));

    let mut ascii = String::new();
    let mut b = 0u8;
    while b < 128 {
        let c = b as char;
        let mut mask = 0;
        if c.is_ascii_digit() { mask |= 1; }
        if c.is_ascii_alphabetic() { mask |= 2; }
        if c.is_ascii_punctuation() { mask |= 4; }
        if c.is_ascii_whitespace() { mask |= 8; }
        if c.is_ascii_uppercase() { mask |= 16; }
        if c.is_ascii_lowercase() { mask |= 32; }
        if c.is_ascii_hexdigit() { mask |= 64; }
        if c.is_ascii_graphic() { mask |= 128; }
        ascii.push_str(&format!("{:x}", mask));
        ascii.push(if c.is_ascii_control() { '!' } else { '.' });
        b += 1;
    }
    println!("{}", ascii);
    println!("{} {} {}", 'é'.is_ascii(), 'e'.is_ascii(), 'q'.is_ascii_alphanumeric());

    for c in ['7', 'a', 'F', 'z', 'Z', '/', ':', 'é'] {
        println!("{:?} {:?} {:?} {:?}", c.to_digit(10), c.to_digit(16), c.to_digit(36), c.to_digit(2));
    }
    println!("{:?} {:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(35, 36), char::from_digit(10, 10));
    println!("{} {} {} {}", 'a'.to_ascii_uppercase(), 'Q'.to_ascii_lowercase(), 'é'.to_ascii_uppercase(), '4'.to_ascii_lowercase());
    println!("{}", 'a'.eq_ignore_ascii_case(&'A'));
    let word = "Hello, Wörld 42!";
    let mut letters = 0;
    let mut digits = 0;
    let mut upper = 0;
    for c in word.chars() {
        if c.is_alphabetic() { letters += 1; }
        if c.is_ascii_digit() { digits += 1; }
        if c.is_uppercase() { upper += 1; }
    }
    println!("{} {} {}", letters, digits, upper);
}
