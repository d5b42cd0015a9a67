// The collection a `collect` makes fixes what its items' types left open: `Ok(x)` in a closure
// says nothing of the error type, and `Vec<Result<i32, String>>: FromIterator<Result<i32, ?E>>`
// has one impl, `impl<T> FromIterator<T> for Vec<T>`, which makes `?E` a String (rustc's
// selection of the one candidate). The same for a generic function passed as the closure.

fn wrap<T, E>(x: T) -> Result<T, E> {
    Ok(x)
}

fn main() {
    let ok: Vec<Result<i32, String>> = vec![1, 2].into_iter().map(|x| Ok(x)).collect();
    println!("{:?}", ok);
    let through_fn: Vec<Result<i32, String>> = vec![3].into_iter().map(wrap).collect();
    println!("{:?}", through_fn);
    let none: Vec<Option<u8>> = (0..3).map(|_| None).collect();
    println!("{:?}", none);
    let mixed: Vec<Result<u8, i64>> = (0..4u8).map(|x| if x % 2 == 0 { Ok(x) } else { Err(-1) }).collect();
    println!("{:?}", mixed);
}
