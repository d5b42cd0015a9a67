//@ exit-code: 101
// `if let` conditions and a block operand of `&&`, which a break puts on the next line.
fn main() {
    let o: Option<i32> = Some(3);
    assert!(if let Some(value) = o { value == 4 } else { false } && { if let None = o { true } else { false } });
}
