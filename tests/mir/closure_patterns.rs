// A pattern in a closure's body projects a captured upvar onto the capture that holds the part it
// looks at: with `p.0` captured by value, `match p { (s, _) => s }` moves `(_1.0: String)`;
// with `t.1.0` captured by reference, the literal `5` tests `(*((*_1).0: &i32))`.
fn pattern_in_move_closure() -> String {
    let p = (String::from("a"), 1);
    let c = move || match p {
        (s, _) => s,
    };
    c()
}

fn literal_in_closure() -> i32 {
    let t = (1, (5, 2));
    let c = || match t {
        (_, (5, _)) => 1,
        _ => 2,
    };
    c()
}

fn main() {
    pattern_in_move_closure();
    literal_in_closure();
}
