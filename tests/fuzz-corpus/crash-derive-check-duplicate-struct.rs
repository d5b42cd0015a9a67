// Crash: the check of derived impls' fields read the first variant of a struct declared twice,
// which the second declaration never gets (IndexOutOfRangeException). From the fixed-seed mutation
// campaign (seed 20261129, mutant 563, DuplicateLines).
#[derive(PartialEq, Clone)]
struct P {
    x: i32,
}

#[derive(PartialEq, Clone)]
struct P {
    x: i32,
}

fn main() {
    let p = P { x: 1 };
    println!("{}", p == p.clone());
}
