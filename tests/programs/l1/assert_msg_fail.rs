//@ exit-code: 101
// A failing assert! with a custom formatted message shows only the message.
fn main() {
    let limit = 3;
    for i in 0..5 {
        assert!(i < limit, "i = {} reached the limit {limit}", i);
        println!("{}", i);
    }
}
