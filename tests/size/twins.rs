// Two instances with identical machine code: `mix::<i64>` and `mix::<u64>` differ only in the
// signedness of their type argument, and wrapping addition is the same instruction for both.
// Each is called from several places so that LLVM keeps it; with merging on (`-Z
// merge-functions`, rustc's default when optimising) one is folded into the other, and with
// merging off the linker's identical code folding (`-Wl,--icf=all` with lld) folds them instead.

fn mix<T: Copy + std::ops::Add<Output = T>>(xs: &[T; 8], rounds: usize) -> T {
    let mut sum = xs[0];
    let mut round = 0;
    while round < rounds {
        let mut i = 1;
        while i < 8 {
            sum = sum + xs[i] + xs[(i + round) % 8] + xs[(i * 5 + round) % 8];
            i += 1;
        }
        round += 1;
    }
    sum
}

fn main() {
    let a: [i64; 8] = [1, 2, 3, 4, 5, 6, 7, 8];
    let b: [u64; 8] = [8, 7, 6, 5, 4, 3, 2, 1];
    let mut rounds = 1;
    while rounds < 4 {
        println!("{} {} {}", mix(&a, rounds), mix(&[9, 9, 9, 9, 9, 9, 9, 9i64], rounds), mix(&[0, 1, 0, 1, 0, 1, 0, 1i64], rounds));
        println!("{} {} {}", mix(&b, rounds), mix(&[3, 3, 3, 3, 3, 3, 3, 3u64], rounds), mix(&[5, 0, 5, 0, 5, 0, 5, 0u64], rounds));
        println!("{} {}", mix(&[2, 4, 6, 8, 10, 12, 14, 16i64], rounds), mix(&[1, 1, 2, 3, 5, 8, 13, 21u64], rounds));
        rounds += 1;
    }
}
