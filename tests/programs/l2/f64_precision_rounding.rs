// Rounding when printing with a precision: exact decimal expansion, ties to even on exact halves.
fn main() {
    println!("{:.1} {:.1} {:.1} {:.1}", 0.25, 0.35, 0.45, 0.75);
    println!("{:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, -0.5);
    println!("{:.2} {:.2}", 1.005, 2.675);
    println!("{:.3}", 1.0005);
    println!("{:.2}", 999.999);
    println!("{:.10}", 0.1);
    println!("{:.20}", 0.1);
    println!("{:.2}", 123456789012345.678);
    println!("{:.1}", 1e-10);
}
