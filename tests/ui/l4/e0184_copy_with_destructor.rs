// A type with a destructor cannot be `Copy`: each copy would be dropped. E0184 on the type.
#[derive(Clone, Copy)]
struct C(i32); //~ ERROR E0184

impl Drop for C {
    fn drop(&mut self) {}
}

fn main() {
    let c = C(1);
    println!("{}", c.0);
}
