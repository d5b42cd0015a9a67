//@ exit-code: 101
// A failing assert! shows the condition's source text.
fn is_small(n: u32) -> bool {
    n < 10
}

fn main() {
    assert!(is_small(3));
    println!("first passed");
    let n = 12;
    assert!(is_small(n) && n > 0);
    println!("not reached");
}
