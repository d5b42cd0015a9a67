// Issue 11: a fold over the 5.7 million chars of an 8 MB string (ASCII and two-, three- and
// four-byte UTF-8), ten rounds: `Chars` decoding UTF-8 and `fold` with a closure, the loop rustc
// makes of `s.chars().fold(..)`.
fn main() {
    let mut s = String::new();
    let parts = ["abc", "é", "ok ", "€", "z", "😀", "12345"];
    let mut i = 0;
    while s.len() < 8_000_000 {
        s.push_str(parts[i % parts.len()]);
        i += 1;
    }
    let mut checksum: u64 = 0;
    for round in 0..10u64 {
        let h = s.chars().fold(round, |h, c| (h * 31 + c as u64) % 1_000_000_007);
        checksum = checksum * 7 % 1_000_000_009 + h;
    }
    println!("{} {}", s.chars().count(), checksum);
}
