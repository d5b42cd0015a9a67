// `to_string` comes from std's `impl<T: Display> ToString for T`: a type without Display has
// none, and rustc names the missing trait (E0599).
struct Plain;

fn main() {
    let t = Plain.to_string(); //~ ERROR `Plain` doesn't implement `std::fmt::Display`
}
