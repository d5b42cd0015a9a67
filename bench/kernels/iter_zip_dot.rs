// Issue 11: the dot product of two `Vec<f64>` of four million elements through `zip`, `map` and
// `sum`, and an integer `zip` counting equal positions, forty rounds. rustc's `Zip` of two slice
// iterators has a specialised random-access path; ToyRust's `Zip` calls `next` on both sides,
// which LLVM must turn into the same loop.
fn main() {
    let n = 4_000_000;
    let a: Vec<f64> = (0..n).map(|i| (i % 1000) as f64 * 0.5).collect();
    let b: Vec<f64> = (0..n).map(|i| (i % 777) as f64 * 0.25).collect();
    let xs: Vec<i32> = (0..n).map(|i| (i * 7 % 13) as i32).collect();
    let ys: Vec<i32> = (0..n).map(|i| (i * 5 % 13) as i32).collect();
    let mut dot = 0.0;
    let mut same = 0;
    for round in 0..40 {
        dot += a.iter().zip(b.iter()).map(|(x, y)| x * y).sum::<f64>() / (round + 1) as f64;
        same += xs.iter().zip(ys.iter()).filter(|(x, y)| x == y).count();
    }
    println!("{} {}", dot, same);
}
