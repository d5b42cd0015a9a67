// &str literals: escapes (\n \t \\ \" \'), \x and unicode escapes, line continuation.
fn main() {
    let s: &str = "plain";
    println!("{}", s);
    println!("tab:\t|");
    println!("quote: \" apostrophe: \' backslash: \\");
    println!("line one\nline two");
    println!("unicode: \u{48}\u{49} \u{e9} \u{263A}");
    println!("multi \
              line");
    let hex = "\x41\x42";
    println!("{}", hex);
    let empty = "";
    println!("[{}]", empty);
    println!("{}", "literal {} braces are just text when an argument");
}
