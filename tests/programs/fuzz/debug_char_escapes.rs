// Found by the differential campaign (seed 3000806): `{:?}` of '\u{90}' (a C1 control) printed the
// raw character where rustc writes '\u{90}'. Debug escapes every code point that is not printable
// or that extends a grapheme, by a table generated from rustc's std (scripts/gen-debug-escapes.sh).
fn main() {
    let chars = ['\u{90}', '\u{7f}', '\u{1}', '\u{ad}', '\u{301}', '\u{200b}', '\u{2028}', '\u{feff}', '\u{e000}', '\u{fffd}', '\u{10ffff}', '\u{e0001}', 'é', '日', '\'', '"', '\\', '\t', '\0', ' ', '~'];
    for i in 0..chars.len() {
        println!("{:?}", chars[i]);
    }
    let strs = ["\u{90}", "\u{ad}\u{301}", "\u{200b}\u{2028}\u{feff}", "\u{e000}\u{fffd}\u{10ffff}", "é日'\"\\\t\0 ~"];
    for i in 0..strs.len() {
        println!("{:?}", strs[i]);
    }
    println!("{:?}", "a\u{301}b\u{90}c\u{85}\u{a0}d");
    println!("{:?}", ('\u{90}', false, 14));
}
