// Where function items become `fn` pointers besides a typed `let`: two different items in the
// branches of an `if` (rustc's least upper bound coercion), an `as` cast, and an argument of a
// constructor whose result is expected to hold a pointer (`Some(double)` as `Option<fn(i32) -> i32>`,
// one word: a pointer is never null). A function item as an `Option` combinator's closure.
fn half(x: i32) -> Option<i32> {
    if x % 2 == 0 { Some(x / 2) } else { None }
}

fn double(x: i32) -> i32 {
    x * 2
}

fn triple(x: i32) -> i32 {
    x * 3
}

fn main() {
    println!("{:?} {:?}", Some(8).and_then(half), Some(7).and_then(half));
    let f: Option<fn(i32) -> i32> = Some(double);
    println!("{}", std::mem::size_of::<Option<fn(i32) -> i32>>());
    if let Some(g) = f {
        println!("{}", g(2));
    }
    let c = double(1) > 1;
    let h = if c { double } else { triple };
    let k = if !c { double as fn(i32) -> i32 } else { triple };
    let m = (|x: i32| x - 1) as fn(i32) -> i32;
    println!("{} {} {}", h(1), k(1), m(1));
}
