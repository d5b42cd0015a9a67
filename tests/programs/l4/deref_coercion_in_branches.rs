// An internal compiler error ("Unable to cast BoundAddressOf to BoundBlock") on a function body whose
// value needs a deref coercion, then false E0308s: each branch of an `if` and each arm of a
// `match` coerces to the expected type, by deref coercion too (`&&str` to `&str`, `&String` to
// `&str`, `&Box<i32>` to `&i32`), as rustc's CoerceMany does.

fn pick(b: bool) -> &'static str { if b { &"yes" } else { "no" } }
fn name(s: &String, b: bool) -> &str { if b { s } else { "none" } }
fn arm(n: i32) -> &'static str {
    match n {
        0 => &"zero",
        _ => "many",
    }
}
fn boxed(b: &Box<i32>) -> &i32 { b }
fn main() {
    let owned = String::from("owned");
    let s: &str = if owned.len() > 3 { &owned } else { "short" };
    let t: &str = { &owned };
    println!("{} {} {} {} {} {}", pick(true), pick(false), name(&owned, true), name(&owned, false), s, t);
    println!("{} {} {}", arm(0), arm(1), boxed(&Box::new(5)));
}
