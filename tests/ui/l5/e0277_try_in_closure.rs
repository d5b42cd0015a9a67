// `?` in a closure whose return type cannot take the residual: rustc's E0277, "in a closure", with
// the closure's head as the parent label.
fn half(x: i32) -> Result<i32, String> {
    if x % 2 == 0 { Ok(x / 2) } else { Err(format!("{} is odd", x)) }
}
fn main() {
    let f = |x: i32| {
        let h = half(x)?; //~ ERROR E0277
        h + 1
    };
    let g = |x: i32| -> Option<i32> {
        let h = half(x)?; //~ ERROR E0277
        Some(h)
    };
    println!("{} {:?}", f(2), g(2));
}
