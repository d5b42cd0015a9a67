// `parse` into a type without `FromStr` is rustc's E0277 at the method name; parsing into a float
// is std's, but not ToyRust's yet, and says so.
struct Plain;

fn main() {
    let p = "p".parse::<Plain>(); //~ ERROR the trait bound `Plain: FromStr` is not satisfied
    let f = "1.5".parse::<f64>(); //~ ERROR ToyRust does not support parsing a string into `f64` yet
}
