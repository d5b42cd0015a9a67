// Assigned inside a loop it was declared outside of: the second iteration would assign again.
fn main() {
    let x: u32;
    for i in 0..3 {
        x = i; //~ ERROR E0384
        println!("{}", x);
    }
}
