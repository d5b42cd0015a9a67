// A program never calls `Drop::drop` itself (the value would be dropped again at the end of its
// scope): E0040, with rustc's suggestion of `drop(d)`.
struct D(i32);

impl Drop for D {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn main() {
    let mut d = D(1);
    d.drop(); //~ ERROR E0040
}
