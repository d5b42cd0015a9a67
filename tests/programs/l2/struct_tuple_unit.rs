// Tuple structs (including a newtype) and unit structs.
struct Meters(f64);
struct Rgb(u8, u8, u8);
struct Marker;

impl Marker {
    fn describe(&self) -> &str {
        "a unit struct"
    }
}

fn main() {
    let m = Meters(12.5);
    println!("{}", m.0);
    let mut c = Rgb(255, 128, 0);
    c.2 = 64;
    println!("{} {} {}", c.0, c.1, c.2);
    let Rgb(r, g, b) = c;
    println!("{}", r as u32 + g as u32 + b as u32);
    let marker = Marker;
    println!("{}", marker.describe());
    let Meters(inner) = m;
    println!("{:.1}", inner * 2.0);
}
