//@ exit-code: 101
// `unwrap()` on None panics at the unwrap call, after earlier output.
fn find(xs: [i32; 4], target: i32) -> Option<usize> {
    for i in 0..4 {
        if xs[i] == target {
            return Some(i);
        }
    }
    None
}

fn main() {
    let xs = [4, 8, 15, 16];
    println!("{}", find(xs, 15).unwrap());
    let missing = find(xs, 23);
    println!("looking for 23");
    println!("{}", missing.unwrap());
    println!("not reached");
}
