//@ exit-code: 101
// Indexing a slice past its end panics with rustc's message, at the indexing expression.

fn get(values: &[i32], i: usize) -> i32 {
    values[i]
}

fn main() {
    let a = [1, 2, 3];
    println!("{}", get(&a, 2));
    println!("{}", get(&a[1..], 5));
}
