// `sum` of items that do not add up to the wanted type, and `collect` into a type without
// `FromIterator`: E0277 at the method's name, as rustc reports them (rustc's message is the
// library's `#[rustc_on_unimplemented]` text, "a value of type `i32` cannot be made by summing
// an iterator over elements of type `P`"; ToyRust's names the unmet bound).
struct P;

fn main() {
    let v = vec![1, 2, 3];
    let _s: i32 = v.iter().map(|_| P).sum(); //~ ERROR E0277
    let _c: String = v.iter().collect(); //~ ERROR E0277
}
