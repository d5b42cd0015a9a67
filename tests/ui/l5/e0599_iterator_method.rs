// A method `Iterator` does not have is rustc's E0599 at its name; std's iterator methods that
// ToyRust's prelude does not have yet say so (rustc accepts `flat_map` and `step_by`).
fn main() {
    let v = vec![1, 2, 3];
    let _n = v.iter().mapp(|x| x + 1); //~ ERROR E0599
    let _m: Vec<i32> = v.iter().flat_map(|x: &i32| vec![*x, *x]).collect(); //~ ERROR ToyRust does not support the iterator method `flat_map` yet
    for _i in (0..10).step_by(2) {} //~ ERROR ToyRust does not support the iterator method `step_by` yet
}
