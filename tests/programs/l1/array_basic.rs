// Arrays `[T; N]` of several element types: literals, indexing with a variable, `.len()`.
fn main() {
    let a: [i32; 5] = [10, 20, 30, 40, 50];
    println!("{} {} {}", a[0], a[2], a[4]);
    println!("{}", a.len());
    let mut sum = 0;
    let mut i = 0;
    while i < a.len() {
        sum += a[i];
        i += 1;
    }
    println!("{}", sum);
    let flags = [true, false, true];
    let letters = ['r', 'u', 's', 't'];
    let bytes: [u8; 3] = [255, 0, 128];
    println!("{} {} {}", flags[1], letters[3], bytes[2]);
    for j in 0..letters.len() {
        print!("{}", letters[letters.len() - 1 - j]);
    }
    println!();
    let empty: [i64; 0] = [];
    println!("{}", empty.len());
    println!("{:?} {:?}", a, bytes);
    let idx: u8 = 1;
    println!("{}", a[idx as usize]);
}
