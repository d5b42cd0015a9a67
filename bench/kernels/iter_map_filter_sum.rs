// Issue 11: a map/filter/sum chain over ten million `i64` values, sixty times over. At -O the
// chain `Map<Filter<Iter<i64>, {closure}>, {closure}>` and its `sum` should become one loop with
// no call left (`toyrust size bench/kernels/iter_map_filter_sum.rs -O --table instances`).
fn fill(n: i64) -> Vec<i64> {
    (0..n).map(|i| i * 7 % 1000 - 500).collect()
}

fn kernel(v: &[i64], k: i64) -> i64 {
    v.iter().filter(|x| *x % 3 != 0).map(|x| x * k + 1).sum::<i64>()
}

fn main() {
    let v = fill(10_000_000);
    let mut checksum: i64 = 0;
    for round in 0..60 {
        checksum = checksum % 1_000_000_007 * 31 + kernel(&v, round + 2);
    }
    println!("{}", checksum);
}
