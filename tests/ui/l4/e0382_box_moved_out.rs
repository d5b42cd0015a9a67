// Moving the value out of a box (`*t`) leaves it moved: a second move is E0382 on `*t`.
struct Tr(u32);
fn main() {
    let t = Box::new(Tr(1));
    let inner = *t;
    let again = *t; //~ ERROR E0382
    println!("{} {}", inner.0, again.0);
}
