// Assignment to array elements, whole-array assignment, copies being independent.
fn main() {
    let mut a = [1, 2, 3, 4, 5];
    a[0] = 100;
    a[4] = a[0] + a[1];
    println!("{:?}", a);
    let b = a;
    a[2] = -3;
    println!("{:?}", a);
    println!("{:?}", b);
    let mut c = [0u16; 3];
    println!("{:?}", c);
    c = [7, 8, 9];
    println!("{:?}", c);
    let mut i = 0;
    while i < c.len() {
        c[i] *= 2;
        i += 1;
    }
    println!("{:?}", c);
    let mut rev = [0; 5];
    for k in 0..5 {
        rev[4 - k] = a[k];
    }
    println!("{:?}", rev);
}
