// A method `Iterator` does not have is rustc's E0599 at its name; std's iterator methods that
// ToyRust's prelude does not have yet say so (rustc accepts `scan` and `cycle`).
fn main() {
    let v = vec![1, 2, 3];
    let _n = v.iter().mapp(|x| x + 1); //~ ERROR E0599
    let _m = v.iter().scan(0, |acc: &mut i32, x: &i32| { *acc += *x; Some(*acc) }); //~ ERROR ToyRust does not support the iterator method `scan` yet
    for _i in (0..10).cycle().take(3) {} //~ ERROR ToyRust does not support the iterator method `cycle` yet
}
