//@ compile-flags: -C overflow-checks=on
//@ exit-code: 101
// Overflow in a compound assignment (`+=`) on u8 inside a loop panics with the add message.
fn main() {
    let mut total: u8 = 0;
    for i in 0..30u8 {
        total += i;
        println!("{}", total);
    }
}
