// Writing through a box needs the box to be mutable.
fn main() {
    let b = Box::new(5);
    *b = 6; //~ ERROR E0594
    println!("{}", b);
}
