// Closures handed on through a variable to a generic function: their parameter and return types
// come from the callee's Fn bound at the call (i64 here, not the literal's i32), as in rustc.
fn apply<F: Fn(i64) -> i64>(f: F, x: i64) -> i64 { f(x) }
fn main() {
    let k = 3;
    let add = |x| x + k;
    println!("{}", apply(add, 4_000_000_000));
    let m = |x| x * 2;
    println!("{}", apply(m, 5_000_000_000));
}
