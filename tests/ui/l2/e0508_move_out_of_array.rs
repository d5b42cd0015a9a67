// An element of an array of a type that is not `Copy` cannot be moved out by indexing: E0508.
struct P {
    v: i32,
}

fn first(a: [P; 2]) -> i32 {
    let q = a[0]; //~ ERROR E0508
    q.v
}

fn main() {
    println!("{}", first([P { v: 1 }, P { v: 2 }]));
}
