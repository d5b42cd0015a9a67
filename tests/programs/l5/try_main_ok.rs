// `fn main() -> Result<(), String>` that succeeds: the exit code is 0 and nothing is printed on
// stderr; `?` in `main` passes the values through.
fn double(s: &str) -> Result<i32, String> {
    if s.is_empty() {
        return Err(String::from("empty"));
    }
    Ok(s.len() as i32 * 2)
}

fn main() -> Result<(), String> {
    let a = double("abc")?;
    let b = double("hello")?;
    println!("{} {}", a, b);
    let checked: Result<i32, String> = double("");
    println!("{:?}", checked);
    Ok(())
}
