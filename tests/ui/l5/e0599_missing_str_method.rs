// A method `str` does not have (ToyRust's or std's) is E0599 on the receiver's type.
fn main() {
    let s = "abc";
    let n = s.char_count(); //~ ERROR no method named `char_count` found for reference `&str` in the current scope
    let c = 'x'.is_vowel(); //~ ERROR E0599
}
