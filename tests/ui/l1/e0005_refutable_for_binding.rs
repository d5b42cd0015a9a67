// The pattern of a `for` loop must match every value the range yields.
fn main() {
    for 1..=3 in 0..5 {} //~ ERROR refutable pattern in `for` loop binding
}
