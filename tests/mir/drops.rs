// Drops after elaboration: a variable moved on every way out has no drop; one moved on some ways
// is dropped behind a drop flag (`_6` below, set when `d` is assigned, cleared when it is moved);
// a struct partly moved drops the field that is left; `return` drops what is live first.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

struct Pair {
    a: D,
    b: D,
}

fn consume(d: D) -> i32 {
    d.0
}

fn maybe(c: bool) -> i32 {
    let d = D(1);
    if c {
        return consume(d);
    }
    0
}

fn partly(p: Pair) -> i32 {
    consume(p.a)
}

fn flagged(c: bool) {
    let d = D(2);
    if c {
        consume(d);
    }
}

fn main() {
    maybe(true);
    partly(Pair { a: D(3), b: D(4) });
    flagged(false);
}
