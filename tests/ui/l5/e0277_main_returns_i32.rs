// `main` returns a type that implements `Termination`: `()` or a `Result`, not `i32`.
fn main() -> i32 { //~ ERROR E0277 `main` has invalid return type `i32`
    0
}
