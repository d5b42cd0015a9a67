// `Result::unwrap` needs the error type to implement Debug.
struct Problem {
    code: u8,
}

fn check(n: i32) -> Result<i32, Problem> {
    if n > 0 { Ok(n) } else { Err(Problem { code: 1 }) }
}

fn main() {
    let v = check(5).unwrap(); //~ ERROR E0277
    println!("{}", v);
    if let Err(p) = check(0) {
        println!("{}", p.code);
    }
}
