// The error conversion of `?`: a `Result<_, ParseError>` in a function returning
// `Result<_, AppError>` goes through the program's `impl From<ParseError> for AppError`, called
// by `Result`'s `from_residual`; errors of the function's own type go through std's blanket
// `impl<T> From<T> for T`. `From` also gives `.into()` and `AppError::from(...)`.

#[derive(Debug)]
struct ParseError {
    line: u32,
    reason: String,
}

#[derive(Debug)]
enum AppError {
    Parse(ParseError),
    Limit(u32),
    Io(i32),
}

impl From<ParseError> for AppError {
    fn from(e: ParseError) -> AppError {
        println!("converting the error of line {}", e.line);
        AppError::Parse(e)
    }
}

impl From<i32> for AppError {
    fn from(code: i32) -> AppError {
        AppError::Io(code)
    }
}

fn parse_line(line: u32, text: &str) -> Result<u32, ParseError> {
    let mut n = 0;
    for &b in text.as_bytes() {
        if b < b'0' || b > b'9' {
            return Err(ParseError { line, reason: String::from("not a number") });
        }
        n = n * 10 + (b - b'0') as u32;
    }
    Ok(n)
}

fn read_code(code: i32) -> Result<(), i32> {
    if code == 0 { Ok(()) } else { Err(code) }
}

fn check(n: u32) -> Result<u32, AppError> {
    if n > 100 {
        return Err(AppError::Limit(n));
    }
    Ok(n)
}

fn run(lines: &[&str], status: i32) -> Result<u32, AppError> {
    read_code(status)?;
    let mut sum = 0;
    let mut line = 1;
    for &text in lines {
        let n = parse_line(line, text)?;
        sum += check(n)?;
        line += 1;
    }
    Ok(sum)
}

// A generic function: the bound is what `?` needs.
fn convert_all<E, F: From<E>>(results: Vec<Result<i32, E>>) -> Result<i32, F> {
    let mut sum = 0;
    for r in results {
        sum += r?;
    }
    Ok(sum)
}

#[derive(Debug)]
struct Wrapped(String);

impl From<String> for Wrapped {
    fn from(s: String) -> Wrapped {
        Wrapped(s)
    }
}

fn main() {
    println!("{:?}", run(&["12", "30"], 0));
    println!("{:?}", run(&["12", "x3", "7"], 0));
    println!("{:?}", run(&["12", "300"], 0));
    println!("{:?}", run(&["1"], 5));
    let e: AppError = ParseError { line: 9, reason: String::from("by hand") }.into();
    println!("{:?}", e);
    println!("{:?}", AppError::from(7));
    let ok: Result<i32, Wrapped> = convert_all(vec![Ok::<i32, String>(1), Ok(2)]);
    println!("{:?}", ok);
    let failed: Result<i32, Wrapped> = convert_all(vec![Ok(1), Err(String::from("second")), Err(String::from("third"))]);
    println!("{:?}", failed);
    let same: Result<i32, String> = convert_all(vec![Err(String::from("unchanged"))]);
    println!("{:?}", same);
}
