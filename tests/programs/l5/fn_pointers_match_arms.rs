// Match arms of different function items meet at a `fn` pointer, as rustc's least upper bound
// coercion makes them (the two branches of an `if` did already): every arm is reified. Arms of
// one and the same item keep its zero-sized type.

fn double(x: i32) -> i32 { x * 2 }
fn triple(x: i32) -> i32 { x * 3 }
fn negate(x: i32) -> i32 { -x }
fn pick(n: u8) -> fn(i32) -> i32 {
    match n {
        0 => double,
        1 => triple,
        _ => negate,
    }
}
fn main() {
    for n in 0..3 {
        println!("{}", pick(n)(5));
    }
    let f = match 2 { 1 => double, 2 => triple, _ => double };
    println!("{} {}", f(7), std::mem::size_of_val(&f));
    let same = match 1 { 1 => double, _ => double };
    println!("{} {}", same(1), std::mem::size_of_val(&same));
}
