//@ exit-code: 101
// A Display impl that panics while `println!` formats it: the text formatted so far is not
// printed, and unwinding through the formatting drops the caller's locals (and the impl's own).
use std::fmt;

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Fragile {
    limit: i32,
}

impl fmt::Display for Fragile {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let _guard = Noisy("inside fmt");
        if self.limit < 0 {
            panic!("cannot format a negative limit: {}", self.limit);
        }
        write!(f, "limit {}", self.limit)
    }
}

struct Outer {
    inner: Fragile,
}

impl fmt::Display for Outer {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "outer[{}]", self.inner)
    }
}

fn render(value: &Outer) -> String {
    let _local = Noisy("render's local");
    format!("rendered {}", value)
}

fn main() {
    let _first = Noisy("main's first");
    println!("{}", Fragile { limit: 3 });
    println!("{}", render(&Outer { inner: Fragile { limit: 1 } }));
    let v = vec![Noisy("in a vector")];
    println!("before {} after", Outer { inner: Fragile { limit: -1 } });
    println!("not reached {}", v.len());
}
