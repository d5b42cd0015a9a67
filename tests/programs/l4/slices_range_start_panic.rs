//@ exit-code: 101
// A range whose start is past the length is reported first, even when the end is too.

fn tail(values: &[u8], from: usize) -> &[u8] {
    &values[from..]
}

fn main() {
    let bytes = [1u8, 2, 3];
    println!("{:?}", tail(&bytes, 3));
    println!("{:?}", tail(&bytes, 4));
}
