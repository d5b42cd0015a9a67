// A value moved into a `move` closure cannot be used after.
fn main() {
    let t = String::from("t");
    let h = move || t.len();
    println!("{} {}", h(), t); //~ ERROR E0382
}
