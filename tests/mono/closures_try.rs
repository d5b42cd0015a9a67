// `?` in a closure: the `Try` protocol's items are instantiated from the closure's body, at its
// return type (`<Result<i32, AppError> as FromResidual<Result<Infallible, i32>>>::from_residual`).
// The errors are `Copy`: with a `String` error ToyRust's `?` (in any body) makes drop glue for
// `ControlFlow<Result<Infallible, String>, i32>` that rustc's list does not have.

//~ MONO_ITEM fn <&[&str] as IntoIterator>::into_iter
//~ MONO_ITEM fn <*const &str>::add
//~ MONO_ITEM fn <AppError as Debug>::fmt
//~ MONO_ITEM fn <AppError as From<i32>>::from
//~ MONO_ITEM fn <Iter<&str> as Iterator>::next
//~ MONO_ITEM fn <Noisy as Drop>::drop
//~ MONO_ITEM fn <Option<i32> as Debug>::fmt
//~ MONO_ITEM fn <Option<i32> as FromResidual<Option<Infallible>>>::from_residual
//~ MONO_ITEM fn <Option<i32> as Try>::branch
//~ MONO_ITEM fn <Result<i32, AppError> as Debug>::fmt
//~ MONO_ITEM fn <Result<i32, AppError> as FromResidual<Result<Infallible, i32>>>::from_residual
//~ MONO_ITEM fn <Result<i32, i32> as Debug>::fmt
//~ MONO_ITEM fn <Result<i32, i32> as FromResidual<Result<Infallible, i32>>>::from_residual
//~ MONO_ITEM fn <Result<i32, i32> as Try>::branch
//~ MONO_ITEM fn <[&str]>::as_ptr
//~ MONO_ITEM fn <[&str]>::iter
//~ MONO_ITEM fn <[&str]>::len
//~ MONO_ITEM fn <i32 as Debug>::fmt
//~ MONO_ITEM fn <i32 as From<i32>>::from
//~ MONO_ITEM fn half
//~ MONO_ITEM fn main
//~ MONO_ITEM fn main::{closure#0}
//~ MONO_ITEM fn main::{closure#1}
//~ MONO_ITEM fn main::{closure#2}
//~ MONO_ITEM fn parse_all
//~ MONO_ITEM fn parse_all::{closure#0}
//~ MONO_ITEM fn std::ptr::drop_in_place::<Noisy> - shim(Some(Noisy))
//~ MONO_ITEM fn str::len
fn parse_all(v: &[&str]) -> Option<i32> {
    let first = |s: &str| -> Option<i32> {
        let n = s.len() as i32;
        if n == 0 {
            return None;
        }
        Some(n)
    };
    let mut total = 0;
    for s in v {
        total += first(*s)?;
    }
    Some(total)
}

fn half(x: i32) -> Result<i32, i32> {
    if x % 2 == 0 { Ok(x / 2) } else { Err(x) }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct AppError(i32);

impl From<i32> for AppError {
    fn from(s: i32) -> AppError {
        AppError(s)
    }
}

fn main() {
    let converted = |x: i32| -> Result<i32, AppError> {
        let _n = Noisy("inside");
        let h = half(x)?;
        println!("halved {}", h);
        Ok(h)
    };
    println!("{:?}", converted(4));
    println!("{:?}", converted(5));
    let quarter = |x: i32| -> Result<i32, i32> {
        let h = half(x)?;
        let q = half(h)?;
        Ok(q)
    };
    println!("{:?}", quarter(8));
    println!("{:?}", quarter(6));
    let get = |o: Option<i32>| {
        let v = o?;
        Some(v + 1)
    };
    println!("{:?} {:?}", get(Some(1)), get(None));
    println!("{:?}", parse_all(&["ab", "c"]));
    println!("{:?}", parse_all(&["ab", ""]));
}
