// An impl that leaves out an associated type of its trait (E0046).
trait Container {
    type Item;
    fn get(&self) -> Self::Item;
}

struct S;

impl Container for S { //~ ERROR E0046
    fn get(&self) -> i32 {
        1
    }
}

fn main() {}
