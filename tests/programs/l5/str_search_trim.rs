// `str`'s searching and trimming: `contains`, `find`, `starts_with`, `ends_with` and `replace`
// with a `char` or a `&str`, `trim`/`trim_start`/`trim_end` (Unicode whitespace), and the ASCII
// case conversions into a new `String`.
fn main() {
    let s = "héllo, wörld, héllo";
    println!("{} {} {} {}", s.contains("wö"), s.contains('z'), s.contains(""), "".contains("a"));
    println!("{:?} {:?} {:?} {:?}", s.find('l'), s.find("héllo"), s.find("xyz"), s.find('ö'));
    println!("{} {} {} {}", s.starts_with("hé"), s.starts_with('h'), s.starts_with("ello"), s.starts_with(""));
    println!("{} {} {} {}", s.ends_with("llo"), s.ends_with('o'), s.ends_with('l'), "aé".ends_with('é'));
    println!("{}", s.replace("héllo", "bye"));
    println!("{}", s.replace(',', ";"));
    println!("{}", "aaa".replace("a", "bb"));
    println!("{}", "abc".replace("", "-"));
    let padded = "\t  mid dle \u{3000}\n";
    println!("[{}] [{}] [{}]", padded.trim(), padded.trim_start(), padded.trim_end());
    println!("[{}] [{}]", "   ".trim(), "".trim_end());
    let owned = String::from("  Mixed Case 42 é ");
    println!("[{}] [{}]", owned.trim().to_ascii_uppercase(), owned.to_ascii_lowercase());
    let line = "key = value";
    if let Some(at) = line.find('=') {
        println!("{} at {}", line.contains(" = "), at);
    }
}
