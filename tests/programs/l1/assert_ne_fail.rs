//@ exit-code: 101
// A failing assert_ne! with a message prints it after the left and right values.
fn main() {
    let a = (1, 'x');
    let b = (2, 'x');
    assert_ne!(a, b);
    println!("first passed");
    let c = (1, 'x');
    assert_ne!(a, c, "tuples should differ: {}", a.0);
    println!("not reached");
}
