// Issue 10: ten million i64 values pushed into a `Vec<i64>` that starts empty (so it grows by
// doubling, as std's does), then summed by index, three times over. Prints a checksum that
// ToyRust's and rustc's builds must agree on.
// The sum loops with `while` and indexing; once `for x in &v` exists it should read `for x in &v`.
fn fill(n: i64) -> Vec<i64> {
    let mut v = Vec::new();
    let mut i = 0;
    while i < n {
        v.push(i * 7 % 1000 - 500);
        i += 1;
    }
    v
}

fn sum(v: &Vec<i64>) -> i64 {
    let mut s = 0;
    let mut i = 0;
    while i < v.len() {
        s += v[i];
        i += 1;
    }
    s
}

fn main() {
    let mut checksum: i64 = 0;
    let mut round = 0;
    while round < 3 {
        let v = fill(10_000_000 + round);
        checksum = checksum * 31 + sum(&v) + v.capacity() as i64;
        round += 1;
    }
    println!("vec_i64 {}", checksum);
}
