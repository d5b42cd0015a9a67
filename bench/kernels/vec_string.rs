// Issue 10: ten million `String`s (each the decimal digits of a number, built with `push`)
// pushed into a `Vec<String>`, then their total length and a byte of each summed. Each string is
// its own heap allocation, so this measures the allocator and `String::push` as much as `Vec`.
// The sum loops with `while` and indexing; once `for s in &v` exists it should read that way.
fn digits(mut n: u64) -> String {
    let mut s = String::new();
    if n == 0 {
        s.push('0');
    }
    while n > 0 {
        s.push((b'0' + (n % 10) as u8) as char);
        n /= 10;
    }
    s
}

fn main() {
    let n = 10_000_000;
    let mut v: Vec<String> = Vec::new();
    let mut i = 0;
    while i < n {
        v.push(digits(i));
        i += 1;
    }
    let mut total = 0;
    let mut first = 0;
    let mut i = 0;
    while i < v.len() {
        total += v[i].len();
        first += v[i].as_bytes()[0] as usize;
        i += 1;
    }
    println!("vec_string {} strings, {} bytes, first-byte sum {}", v.len(), total, first);
}
