// `Self::Variant` in expressions and patterns inside an enum's impl; methods on a tuple struct.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Temp {
    Celsius(f64),
    Fahrenheit(f64),
}

impl Temp {
    fn to_celsius(self) -> Self {
        match self {
            Self::Celsius(_) => self,
            Self::Fahrenheit(f) => Self::Celsius((f - 32.0) * 5.0 / 9.0),
        }
    }

    fn value(&self) -> f64 {
        match *self {
            Self::Celsius(v) | Self::Fahrenheit(v) => v,
        }
    }
}

struct Celsius(f64);

impl Celsius {
    fn warmer(&self, by: f64) -> Celsius {
        Celsius(self.0 + by)
    }
}

fn main() {
    let t = Temp::Fahrenheit(212.0);
    let c = t.to_celsius();
    println!("{:?} -> {:?}", t, c);
    println!("{:.1}", Temp::Fahrenheit(-40.0).to_celsius().value());
    println!("{}", c == Temp::Celsius(100.0));
    let w = Celsius(20.5).warmer(1.25);
    println!("{:.2}", w.0);
}
