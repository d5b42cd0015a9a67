//@ exit-code: 101
// A range that ends before it starts: "slice index starts at … but ends at …".

fn main() {
    let mut a = [1, 2, 3, 4];
    let start = 3;
    let end = 2;
    let part = &mut a[start..end];
    part[0] = 9;
}
