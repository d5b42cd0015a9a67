// A bound's `Item = u8` that the impl's `type Item = i32` does not meet (E0271).
trait Container {
    type Item;
    fn get(&self) -> Self::Item;
}

struct S;

impl Container for S {
    type Item = i32;
    fn get(&self) -> i32 {
        1
    }
}

fn want<C: Container<Item = u8>>(c: &C) -> u8 {
    c.get()
}

fn main() {
    want(&S); //~ ERROR E0271
}
