// Moving out of a box (`*b`), partially or conditionally, and what its drop then does: drop
// what is left of the value, then free the memory, in rustc's order.
struct Tr(u32);

impl Drop for Tr {
    fn drop(&mut self) {
        println!("drop Tr({})", self.0);
    }
}

struct Pair {
    a: Tr,
    b: Tr,
}

fn sink(t: Tr) {
    println!("sink {}", t.0);
}

fn whole() {
    let b = Box::new(Tr(1));
    let inner = *b;
    println!("moved out {}", inner.0);
}

fn partial() {
    let p = Box::new(Pair { a: Tr(2), b: Tr(3) });
    sink(p.a);
    println!("end of partial");
}

fn conditional(c: bool) {
    let b = Box::new(Tr(4));
    if c {
        sink(*b);
    }
    println!("end of conditional {}", c);
}

fn reassign() {
    let mut b = Box::new(Tr(5));
    let old = *b;
    *b = Tr(6);
    println!("reassigned, old {}", old.0);
}

fn replace_box() {
    let mut b = Box::new(Tr(7));
    b = Box::new(Tr(8));
    println!("replaced with {}", b.0);
}

fn nested() {
    let bb = Box::new(Box::new(Tr(9)));
    let inner: Box<Tr> = *bb;
    let t = *inner;
    println!("nested {}", t.0);
}

fn returns_inner(b: Box<Pair>) -> Tr {
    let Pair { a, b: second } = *b;
    sink(a);
    second
}

fn main() {
    whole();
    partial();
    conditional(true);
    conditional(false);
    reassign();
    replace_box();
    nested();
    let t = returns_inner(Box::new(Pair { a: Tr(10), b: Tr(11) }));
    println!("got {}", t.0);
}
