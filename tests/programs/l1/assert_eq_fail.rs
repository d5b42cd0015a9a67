//@ exit-code: 101
// A failing assert_eq! prints both sides with {:?}.
fn double(n: i32) -> i32 {
    n + n
}

fn main() {
    assert_eq!(double(2), 4);
    println!("first passed");
    assert_eq!(double(3), 7);
    println!("not reached");
}
