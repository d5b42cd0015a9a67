// A type that holds itself by value has no size (found by the crash fuzzer: such a struct with a
// derived Debug made ToyRust loop). One error per cycle; references break a cycle.
struct P { //~ ERROR E0072
    y: Big,
}

struct Big {
    origin: P,
}

enum List { //~ ERROR recursive type `List` has infinite size
    Cons(i32, List),
    Nil,
}

struct S { //~ ERROR E0072
    s: S,
}

struct O { //~ ERROR E0072
    o: Option<O>,
}

struct T { //~ ERROR E0072
    t: (i32, [T; 2]),
}

struct Holder<X> {
    x: X,
}

struct U { //~ ERROR E0072
    g: Holder<U>,
}

struct ByRef<X: 'static> {
    x: &'static X,
}

struct Node {
    next: Option<&'static Node>,
    by_ref: ByRef<Node>,
}

fn main() {}
