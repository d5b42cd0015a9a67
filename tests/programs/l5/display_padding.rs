// Width, fill, alignment and precision on user types, as std's: honoured when the impl uses
// `f.pad(..)` or forwards to an inner value's `fmt`, not when it uses `write!` (whose holes have
// their own specs). The formatter's spec is readable through `width()`, `precision()`, `fill()`
// and `alternate()`.
use std::fmt;

struct Name(String);

impl fmt::Display for Name {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.pad(&self.0)
    }
}

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

struct Id(u32);

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

struct Written(i32);

impl fmt::Display for Written {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "w{}", self.0)
    }
}

struct Spec;

impl fmt::Display for Spec {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "width={:?} precision={:?} fill={:?} alternate={}", f.width(), f.precision(), f.fill(), f.alternate())
    }
}

struct Wrapper<T>(T);

impl<T: fmt::Display> fmt::Display for Wrapper<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        self.0.fmt(f)
    }
}

fn main() {
    let n = Name(String::from("alice"));
    println!("[{}] [{:10}] [{:<10}] [{:>10}] [{:^10}]", n, n, n, n, n);
    println!("[{:*^11}] [{:.3}] [{:>8.2}] [{:-<4}]", n, n, n, n);
    let m = Meters(2.0 / 3.0);
    println!("[{}] [{:10}] [{:<10.3}] [{:08.2}] [{:+.1}]", m, m, m, m, m);
    let id = Id(42);
    println!("[{}] [{:5}] [{:<5}] [{:05}] [{:^7}]", id, id, id, id, id);
    let w = Written(7);
    println!("[{}] [{:10}] [{:>10}] [{:*^10}]", w, w, w, w);
    println!("{}", Spec);
    println!("{:>12}", Spec);
    println!("{:_<7.3}", Spec);
    println!("{:#}", Spec);
    println!("[{:>6}] [{:<6}] [{:>9}]", Wrapper(1), Wrapper('x'), Wrapper(Wrapper(true)));
    println!("[{:>8}]", Wrapper(&n));
}
