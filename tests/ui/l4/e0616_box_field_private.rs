// A box's pointer is private: `c.0` on `Box<i32>` is E0616, while `b.0` on `Box<(i32, i32)>`
// reaches the tuple's field through the box.
fn main() {
    let b = Box::new((1, 2));
    println!("{}", b.0);
    let c = Box::new(5);
    println!("{:?}", c.0); //~ ERROR E0616
}
