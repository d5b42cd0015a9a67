// An impl's `type` that its trait does not declare (E0437).
trait Container {
    type Item;
    fn get(&self) -> Self::Item;
}

struct S;

impl Container for S {
    type Item = i32;
    type Other = u8; //~ ERROR E0437
    fn get(&self) -> i32 {
        1
    }
}

fn main() {}
