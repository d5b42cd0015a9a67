// `?` in a function whose return type takes no residual (`()`, `i32`, a type parameter, `main`):
// E0277 at the `?`, with the signature as the parent label.
fn parse(s: Option<i32>) {
    let v = s?; //~ ERROR E0277 the `?` operator can only be used in a function that returns `Result` or `Option` (or another type that implements `FromResidual`)
    println!("{}", v);
}

fn number(s: Option<i32>) -> i32 {
    let v = s?; //~ ERROR E0277 the `?` operator can only be used in a function that returns
    v + 1
}

fn checked(r: Result<u8, String>) -> u8 {
    r? //~ ERROR E0277 the `?` operator can only be used in a function that returns `Result` or `Option`
}

fn pick<T: Copy>(v: &[T]) -> T {
    let x = v.first()?; //~ ERROR E0277 the `?` operator can only be used in a function
    *x
}

struct Counter;

impl Counter {
    fn next(&self, x: Option<u32>) -> u32 {
        x? + 1 //~ ERROR E0277 the `?` operator can only be used in a method that returns `Result` or `Option`
    }
}

fn main() {
    parse(Some(1));
    println!("{} {} {}", number(Some(2)), checked(Ok(3)), pick(&[4]));
    println!("{}", Counter.next(Some(5)));
    let x: Option<i32> = Some(3);
    let y = x?; //~ ERROR E0277 the `?` operator can only be used in a function
    println!("{}", y);
}
