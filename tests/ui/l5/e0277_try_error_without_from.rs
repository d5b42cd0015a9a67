// A `Result<_, ParseError>`'s `?` in a function returning `Result<_, AppError>` needs
// `impl From<ParseError> for AppError`: E0277 "`?` couldn't convert the error". With the impl
// (`IoError`), or the same error type, it is fine.
#[derive(Debug)]
struct ParseError {
    line: u32,
}

#[derive(Debug)]
struct IoError;

#[derive(Debug)]
enum AppError {
    Io(IoError),
}

impl From<IoError> for AppError {
    fn from(e: IoError) -> AppError {
        AppError::Io(e)
    }
}

fn parse(line: u32) -> Result<i32, ParseError> {
    if line == 0 { Err(ParseError { line }) } else { Ok(line as i32) }
}

fn read(ok: bool) -> Result<i32, IoError> {
    if ok { Ok(1) } else { Err(IoError) }
}

fn run() -> Result<i32, AppError> {
    let a = read(true)?;
    let v = parse(3)?; //~ ERROR E0277 `?` couldn't convert the error to `AppError`
    Ok(a + v)
}

fn strings() -> Result<i32, String> {
    let v: Result<i32, i32> = Err(5);
    let x = v?; //~ ERROR E0277 `?` couldn't convert the error to `String`
    Err("a &str converts")?;
    Ok(x)
}

fn main() {
    println!("{:?} {:?}", run(), strings());
}
