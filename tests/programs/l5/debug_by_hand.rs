// A hand-written `impl fmt::Debug` (not derived), used by `{:?}` and `{:#?}`, also as the field
// of a derived Debug and inside a `Vec`; a type with both Display and Debug printed both ways;
// `fmt::Result` and `fmt::Error` as values.
use std::fmt;

struct Secret {
    key: String,
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "Secret({} chars)", self.key.len())
    }
}

#[derive(Debug)]
struct Account {
    id: u32,
    secret: Secret,
}

struct Temperature(f64);

impl fmt::Display for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1} degrees", self.0)
    }
}

impl fmt::Debug for Temperature {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        if f.alternate() {
            write!(f, "Temperature {{\n    celsius: {},\n}}", self.0)
        } else {
            write!(f, "T<{}>", self.0)
        }
    }
}

fn main() {
    let s = Secret { key: String::from("hunter2") };
    println!("{:?}", s);
    let a = Account { id: 7, secret: Secret { key: String::from("xyz") } };
    println!("{:?}", a);
    println!("{:#?}", a);
    let t = Temperature(21.456);
    println!("{} | {:?} | {:#?}", t, t, t);
    println!("{t} {t:?}");
    let v = vec![Temperature(1.0), Temperature(-2.5)];
    println!("{:?}", v);
    let text = format!("{:?}", Some(Secret { key: String::new() }));
    println!("{}", text);
    let ok: fmt::Result = Ok(());
    let failed: std::fmt::Result = Err(fmt::Error);
    println!("{:?} {:?} {:?}", ok, failed, std::fmt::Error);
}
