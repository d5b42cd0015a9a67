// `&&`, `||` and `!`, with short-circuit evaluation made visible by side effects.
fn yes(label: &str) -> bool {
    println!("yes({})", label);
    true
}

fn no(label: &str) -> bool {
    println!("no({})", label);
    false
}

fn main() {
    println!("{}", no("a") && yes("b"));
    println!("{}", yes("c") && no("d"));
    println!("{}", yes("e") || no("f"));
    println!("{}", no("g") || yes("h"));
    println!("{}", !yes("i"));
    println!("{}", !no("j") && !no("k"));
    let t = true;
    let f = false;
    println!("{} {} {} {}", t && f, t || f, !t, !!f);
    println!("{}", f || f && t);
}
