// A derive on a generic type holds only when its type arguments have the trait: `Result`'s
// PartialEq needs `Fault: PartialEq`, which Fault does not derive.
#[derive(Debug)]
enum Fault {
    Missing,
}

fn main() {
    let r: Result<i32, Fault> = Err(Fault::Missing);
    println!("{}", r == Ok(1)); //~ ERROR E0369
}
