// `fn main() -> Result<T, E>` needs `T: Termination`: `()`, not `i32`.
fn main() -> Result<i32, String> { //~ ERROR E0277 the trait bound `i32: Termination` is not satisfied
    Ok(1)
}
