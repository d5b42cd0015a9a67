// The `?` operator: `expr?` is `match Try::branch(expr) { Break(r) => return
// FromResidual::from_residual(r), Continue(v) => v }`, so each type `?` is applied to makes its
// `branch` item, and each function's return type its `from_residual` item at that residual, as in
// rustc. `Result`'s `from_residual` converts the error with `From::from`: std's blanket
// `<AppError as From<AppError>>::from` when the types agree, the program's impl otherwise. A
// `main` returning a `Result` makes its `Termination::report` item, which prints an `Err` with
// `Debug`.
//
// The std items of the `?` protocol (`branch`, `from_residual`, `report` of `Option`, `Result`)
// are compared with rustc's list too, though they are std's (MonoItemOracleTests).

//~ MONO_ITEM fn <AppError as Debug>::fmt
//~ MONO_ITEM fn <AppError as From<AppError>>::from
//~ MONO_ITEM fn <AppError as From<ParseError>>::from
//~ MONO_ITEM fn <ParseError as Debug>::fmt
//~ MONO_ITEM fn first::<i32>
//~ MONO_ITEM fn first::<u8>
//~ MONO_ITEM fn half
//~ MONO_ITEM fn main
//~ MONO_ITEM fn parse
//~ MONO_ITEM fn run

// The `?` protocol: std's items, made for the types the program uses (the oracle compares them).
//~ MONO_ITEM fn <() as Termination>::report
//~ MONO_ITEM fn <Option<&i32> as Try>::branch
//~ MONO_ITEM fn <Option<&u8> as Try>::branch
//~ MONO_ITEM fn <Option<i32> as FromResidual<Option<Infallible>>>::from_residual
//~ MONO_ITEM fn <Option<i32> as Try>::branch
//~ MONO_ITEM fn <Option<u8> as FromResidual<Option<Infallible>>>::from_residual
//~ MONO_ITEM fn <Result<(), AppError> as FromResidual<Result<Infallible, AppError>>>::from_residual
//~ MONO_ITEM fn <Result<(), AppError> as Termination>::report
//~ MONO_ITEM fn <Result<i32, AppError> as FromResidual<Result<Infallible, ParseError>>>::from_residual
//~ MONO_ITEM fn <Result<i32, AppError> as Try>::branch
//~ MONO_ITEM fn <Result<i32, ParseError> as Try>::branch

// The prelude's other instances: slices, and `Debug` of what `{:?}` prints.
//~ MONO_ITEM fn <Option<i32> as Debug>::fmt
//~ MONO_ITEM fn <Option<u8> as Debug>::fmt
//~ MONO_ITEM fn <Result<i32, AppError> as Debug>::fmt
//~ MONO_ITEM fn <[i32]>::first
//~ MONO_ITEM fn <[i32]>::len
//~ MONO_ITEM fn <[u8]>::first
//~ MONO_ITEM fn <[u8]>::is_empty
//~ MONO_ITEM fn <[u8]>::len
//~ MONO_ITEM fn <i32 as Debug>::fmt
//~ MONO_ITEM fn <u8 as Debug>::fmt
//~ MONO_ITEM fn <usize as Debug>::fmt

#[derive(Debug)]
struct ParseError {
    at: usize,
}

#[derive(Debug)]
enum AppError {
    Parse(ParseError),
    Empty,
}

impl From<ParseError> for AppError {
    fn from(e: ParseError) -> AppError {
        AppError::Parse(e)
    }
}

fn parse(s: &[u8]) -> Result<i32, ParseError> {
    if s.is_empty() {
        return Err(ParseError { at: 0 });
    }
    Ok(s[0] as i32)
}

fn first<T: Copy>(v: &[T]) -> Option<T> {
    let x = v.first()?;
    Some(*x)
}

fn half(v: Option<i32>) -> Option<i32> {
    let x = v?;
    Some(x / 2)
}

fn run(s: &[u8]) -> Result<i32, AppError> {
    let n = parse(s)?;
    if n == 0 {
        return Err(AppError::Empty);
    }
    Ok(n)
}

fn main() -> Result<(), AppError> {
    println!("{:?} {:?} {:?}", first(&[1, 2]), first::<u8>(&[]), half(Some(4)));
    println!("{:?}", run(&[b'a']));
    let n = run(&[])?;
    println!("{}", n);
    Ok(())
}
