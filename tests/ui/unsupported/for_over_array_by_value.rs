// `for` over an array by value needs rustc's `array::IntoIter<T, N>` (const generics). ToyRust
// iterates an array of `Copy` values through a copy of it; for other values it says so, and
// rustc accepts this program. (Was a double free: the element type was still an inference variable.)
fn main() {
    for s in [String::from("a"), String::from("b")] { //~ ERROR ToyRust does not support `for` over an array of values that are not `Copy`
        println!("{}", s);
    }
    for n in [1, 2] {
        println!("{}", n);
    }
}
