// Prints the Unicode tables of the prelude's `char` methods (section "L5: char" of
// src/ToyRust.Semantics/Prelude/prelude.rs), from what rustc's own std answers, so that ToyRust's
// `is_alphabetic`, `is_numeric`, `is_whitespace`, `is_uppercase` and `is_lowercase` agree with it
// for every character. Regenerate with scripts/gen-char-tables.sh and paste over the old block.
//
// A table is a string of ranges, each 12 hex digits: the first and the last code point of a run
// of characters that have the property (6 digits each), in order, for a binary search.
fn table(name: &str, has: fn(char) -> bool) {
    let mut ranges: Vec<(u32, u32)> = Vec::new();
    for code in 0..=0x10FFFFu32 {
        let Some(c) = char::from_u32(code) else { continue };
        if !has(c) {
            continue;
        }
        match ranges.last_mut() {
            Some(last) if last.1 + 1 == code => last.1 = code,
            _ => ranges.push((code, code)),
        }
    }
    println!("// {} ranges", ranges.len());
    println!("const {}: &str = \"\\", name);
    for chunk in ranges.chunks(8) {
        let line: String = chunk.iter().map(|(a, b)| format!("{:06X}{:06X}", a, b)).collect();
        println!("    {}\\", line);
    }
    println!("\";");
}

fn main() {
    table("ALPHABETIC", char::is_alphabetic);
    table("NUMERIC", char::is_numeric);
    table("WHITE_SPACE", char::is_whitespace);
    table("UPPERCASE", char::is_uppercase);
    table("LOWERCASE", char::is_lowercase);
}
