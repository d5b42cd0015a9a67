// A main that prints nothing: empty stdout, exit code 0.
fn main() {}
