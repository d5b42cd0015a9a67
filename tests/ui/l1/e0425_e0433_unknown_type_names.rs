// An unknown type with arguments is named without them, as rustc names it (and never as the
// compiler's own data structures).
trait Shape {}

fn area(_s: Nope<dyn Shape>) -> f64 { //~ ERROR cannot find type `Nope` in this scope
    0.0
}

fn main() {
    let z = Zed::new(); //~ ERROR E0433
    println!("{}", z);
}
