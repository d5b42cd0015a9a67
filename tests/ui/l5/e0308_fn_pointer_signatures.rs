// A function item or pointer coerces to a `fn` pointer only of its own signature; a closure only
// when it captures nothing; and a function item meets an `Fn*` bound only with the bound's
// argument types (E0631) and count (E0593).
fn wide(x: i64) -> i64 {
    x
}

fn two(a: i32, b: i32) -> i32 {
    a + b
}

fn apply<F: Fn(i32) -> i32>(f: F) -> i32 {
    f(1)
}

fn main() {
    let f: fn(i32) -> i32 = wide; //~ ERROR E0308
    let k = 3;
    let h: fn(i32) -> i32 = |x| x + k; //~ ERROR E0308
    let p: fn(i32) -> i32 = two; //~ ERROR E0308
    let q: fn(i64) -> i64 = p; //~ ERROR E0308
    apply(wide); //~ ERROR E0631
    apply(two); //~ ERROR E0593
    println!("{} {} {}", f(1), h(2), q(3));
}
