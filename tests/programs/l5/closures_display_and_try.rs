// The three parts of L5 that exist together: a closure handed on through a variable to a generic
// function (its parameter typed by the Fn bound, not E0284), `?` on Option, a user Display used by
// {} and to_string(), and a move closure owning a String.
use std::fmt;
struct P(i32);
impl fmt::Display for P { fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "P{}", self.0) } }
fn half(x: i32) -> Option<i32> { if x % 2 == 0 { Some(x / 2) } else { None } }
fn quarter(x: i32) -> Option<i32> { let h = half(x)?; half(h) }
fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 { f(x) }
fn main() {
    let k = 3;
    let add = |x| x + k;
    println!("{} {:?} {:?}", P(apply(add, 4)), quarter(8), quarter(6));
    let s: String = P(5).to_string();
    let g = move || s.len();
    println!("{}", g());
}
