// Generic code over `T: Display`: `format!("{}", x)`, `x.to_string()`, `x.fmt(f)` forwarded from
// a wrapper's impl, and `to_string()` on every Display type (integers, chars, bools, floats,
// `&str`, `String`, boxes, user types). A `Vec<String>` of formatted values.
use std::fmt;
use std::rc::Rc;

struct Celsius(f64);

impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}°C", self.0)
    }
}

struct Labeled<T> {
    label: &'static str,
    value: T,
}

impl<T: fmt::Display> fmt::Display for Labeled<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let _ = f.write_str(self.label);
        let _ = f.write_str(": ");
        self.value.fmt(f)
    }
}

fn show<T: fmt::Display>(x: T) -> String {
    format!("<{}>", x)
}

fn describe<T: fmt::Display>(items: &[T]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while i < items.len() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&items[i].to_string());
        i += 1;
    }
    out
}

fn main() {
    println!("{} {} {} {}", show(1), show(-2.5), show('c'), show("text"));
    println!("{} {}", show(String::from("owned")), show(Celsius(21.5)));
    println!("{}", show(&Celsius(-3.0)));
    println!("{}", show(Labeled { label: "temp", value: Celsius(0.5) }));
    println!("[{:>12}]", Labeled { label: "n", value: 5 });
    println!("{}", describe(&[1, 2, 3]));
    println!("{}", describe(&[Celsius(1.0), Celsius(2.0)]));
    let strings: Vec<String> = vec![
        5.to_string(),
        (-7i64).to_string(),
        255u8.to_string(),
        1.5.to_string(),
        0.1f32.to_string(),
        'z'.to_string(),
        true.to_string(),
        "slice".to_string(),
        String::from("string").to_string(),
        Celsius(37.0).to_string(),
        Box::new(9).to_string(),
        Rc::new(Celsius(4.0)).to_string(),
        Labeled { label: "k", value: "v" }.to_string(),
    ];
    println!("{:?}", strings);
    let mut total = 0;
    for s in &strings {
        total += s.len();
    }
    println!("{} strings, {} bytes", strings.len(), total);
}
