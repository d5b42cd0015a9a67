// A derive macro that does not exist is an error, not dropped: a misspelt `PartialEq` used to
// leave `Shape`'s derived `==` calling an impl that was never made (found by the crash fuzzer).
#[derive(PartialEqq, Debug)] //~ ERROR cannot find derive macro `PartialEqq` in this scope
struct Point {
    x: i32,
}

#[derive(Debug)]
struct Shape {
    p: Point,
}

fn main() {
    println!("{:?}", Shape { p: Point { x: 1 } });
}
