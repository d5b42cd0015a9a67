// A type name that does not exist: rustc 1.95 reports it as E0425 ("cannot find type"), not E0412.
fn main() {
    let x: int = 5; //~ ERROR E0425
    println!("{}", x);
}
