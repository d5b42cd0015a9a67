// Slices unsize from arrays of the same element type only, and a slice is not an array.
fn takes_array(a: &[i32; 3]) -> i32 {
    a[0]
}

fn main() {
    let a = [1, 2, 3];
    let s: &[i32] = &a;
    let b: &[u8] = &a; //~ ERROR E0308
    takes_array(s); //~ ERROR E0308
    let m: &mut [i32] = &a; //~ ERROR E0308
}
