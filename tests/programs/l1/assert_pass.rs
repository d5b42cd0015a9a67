// assert!, assert_eq! and assert_ne! that hold, with and without custom messages.
fn square(n: i32) -> i32 {
    n * n
}

fn main() {
    assert!(square(3) == 9);
    assert!(true, "never shown {}", 1);
    assert_eq!(square(4), 16);
    assert_eq!('a', 'a', "chars differ");
    assert_ne!(square(2), 5);
    assert_ne!(true, false, "bools equal {}", 0);
    assert_eq!((1, 'x'), (1, 'x'));
    assert_eq!([1, 2], [1, 2]);
    println!("all assertions passed");
}
