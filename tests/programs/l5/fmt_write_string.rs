// `write!` and `writeln!` into a `String` after `use std::fmt::Write;`, also through a `&mut String`
// parameter and with `?`; `write_str` and `write_char` of a `String` and of a program's own
// `fmt::Write` type; `push_str(&format!(..))`.
use std::fmt;
use std::fmt::Write;

struct Shouting {
    text: String,
    writes: u32,
}

impl fmt::Write for Shouting {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        for c in s.chars() {
            self.text.push(c.to_ascii_uppercase());
        }
        self.writes += 1;
        Ok(())
    }
}

struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

fn table(out: &mut String, rows: &[(&str, f64)]) -> fmt::Result {
    for (name, value) in rows {
        writeln!(out, "{:<8}|{:>8.2}", name, value)?;
    }
    write!(out, "{} rows", rows.len())
}

fn main() {
    let mut s = String::new();
    write!(s, "{}-{:?}-{:#x}", 1, "two", 255).unwrap();
    writeln!(s).unwrap();
    writeln!(&mut s, "point {} and {:>12}|", Point { x: 1, y: -2 }, Point { x: 30, y: 4 }).unwrap();
    s.write_char('é').unwrap();
    s.write_str(" done\n").unwrap();
    let r = table(&mut s, &[("alpha", 1.5), ("beta", -22.125)]);
    println!("{}", s);
    println!("{:?} {}", r, s.len());

    let mut loud = Shouting { text: String::new(), writes: 0 };
    loud.write_str("hello world and ").unwrap();
    loud.write_char('!').unwrap();
    println!("{} ({} writes)", loud.text, loud.writes);

    let mut log = String::new();
    for i in 0..3 {
        log.push_str(&format!("{}:{} ", i, i * i));
    }
    println!("{}", log);
}
