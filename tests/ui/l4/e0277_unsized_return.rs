// A function cannot return a slice by value: its size is not known at compile time.
fn whole(s: &[i32]) -> [i32] { //~ ERROR E0277
    println!("{}", s.len());
    loop {}
}

fn main() {}
