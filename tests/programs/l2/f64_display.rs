// `{}` of f64: the shortest text that reads back as the same value (L5 in the level list).
fn main() {
    println!("{}", 1.0);
    println!("{}", 1.5);
    println!("{}", 0.1 + 0.2);
    println!("{}", -2.25);
    println!("{}", 100.0 / 3.0);
    println!("{}", 1e21);
    println!("{}", 1e-7);
    println!("{}", 123456789.125);
    println!("{}", 0.0);
    println!("{}", -0.0);
    let zero = 0.0;
    println!("{} {} {}", 1.0 / zero, -1.0 / zero, zero / zero);
    println!("{:?} {:?}", 1.0, 0.1);
}
