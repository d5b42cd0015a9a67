// A field cannot be moved out of a value whose type implements `Drop`, whose `drop` needs the
// whole value: E0509, for a field read and for a pattern binding alike.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {}
}

struct P {
    a: D,
    b: i32,
}

impl Drop for P {
    fn drop(&mut self) {}
}

enum E {
    A(D),
}

impl Drop for E {
    fn drop(&mut self) {}
}

fn field(p: P) -> i32 {
    let x = p.a; //~ ERROR E0509
    x.0 + p.b
}

fn pattern(e: E) -> i32 {
    match e { E::A(d) => d.0 } //~ ERROR E0509
}

fn main() {
    println!("{}", field(P { a: D(1), b: 2 }) + pattern(E::A(D(3))));
}
