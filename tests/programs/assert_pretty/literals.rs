//@ exit-code: 101
// Literals print as written: hex, suffixes, underscores, float exponents, char and string
// escapes; `{}` in a string stays as it is (the message is not a format string).
fn main() {
    let v = 0xffu8;
    let s = "x\"y\t{}";
    assert!(v == 1_000i64 as u8 || 'a' == '\n' || s == "{z}" || 1.5f64 + 2e10 == 0.1 + 1e-3 || '\u{1F600}' == '\'' || "multi\nline\\ \u{41}" == r"raw\n" || b'a' == b'\n' || 0b1010_1010 == 0o17 + 1_000_000u32);
}
