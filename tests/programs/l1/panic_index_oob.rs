//@ exit-code: 101
// Indexing past the end of an array panics with the length and the index, at every opt-level.
fn get(a: [i32; 4], i: usize) -> i32 {
    a[i]
}

fn main() {
    let a = [1, 2, 3, 4];
    println!("{}", get(a, 3));
    println!("{}", get(a, 4));
    println!("not reached");
}
