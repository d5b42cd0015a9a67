// Closures that capture nothing meet function items, and each other, at a `fn` pointer in the
// branches of an `if` and the arms of a `match` (rustc's least upper bound coercion): every branch
// is reified, a closure to its `call_once` shim. (A match arm's closure once stayed a zero-sized
// closure value where the pointer was expected, and the call through it crashed.)

fn double(x: i32) -> i32 { x * 2 }
fn pick(n: u8) -> i32 {
    let f = match n {
        0 => double,
        1 => |x| x + 100,
        _ => |x: i32| -x,
    };
    f(7)
}
fn main() {
    let c = true;
    let f = if c { double } else { |x| x + 1 };
    let g = if !c { |x: i32| x - 1 } else { double };
    let h = if c { |x: i32| x * 10 } else { |x: i32| x * 20 };
    println!("{} {} {} {}", f(3), g(3), h(3), std::mem::size_of_val(&h));
    for n in 0..3 { println!("{}", pick(n)); }
}
