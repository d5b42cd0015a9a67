// `Option`'s `?` in a function returning `Result`, and `Result`'s in one returning `Option`:
// E0277 with rustc's suggestions (`.ok_or(...)?`, `.ok()?`).
fn opt_in_result(x: Option<i32>) -> Result<i32, String> {
    let v = x?; //~ ERROR E0277 the `?` operator can only be used on `Result`s, not `Option`s, in a function that returns `Result`
    Ok(v)
}

fn result_in_opt(x: Result<i32, String>) -> Option<i32> {
    let v = x?; //~ ERROR E0277 the `?` operator can only be used on `Option`s, not `Result`s, in a function that returns `Option`
    Some(v)
}

fn generic<T>(x: T) -> Option<T>
where
    T: Copy,
{
    let r: Result<T, ()> = Ok(x);
    Some(r?) //~ ERROR E0277 the `?` operator can only be used on `Option`s, not `Result`s
}

// The suggestions compile.
fn fixed(x: Option<i32>, y: Result<i32, String>) -> Result<i32, String> {
    let a = x.ok_or(String::from("none"))?;
    let b = y.ok().ok_or(String::from("err"))?;
    Ok(a + b)
}

fn main() {
    println!("{:?} {:?} {:?}", opt_in_result(Some(1)), result_in_opt(Ok(1)), generic(2));
    println!("{:?}", fixed(Some(1), Ok(2)));
}
