// Issue 12, a generic kernel: one generic heap sort, `sort<T: PartialOrd + Copy>(&mut [T])`,
// monomorphized for `i64`, `u32` and `f64` and run over fixed arrays `[T; 100_000]` filled from an
// xorshift generator (shifts and xors cannot overflow). Prints a checksum of the sorted arrays.
fn sift_down<T: PartialOrd + Copy>(a: &mut [T], mut root: usize, end: usize) {
    loop {
        let mut child = 2 * root + 1;
        if child >= end {
            return;
        }
        if child + 1 < end && a[child] < a[child + 1] {
            child += 1;
        }
        if a[root] < a[child] {
            let t = a[root];
            a[root] = a[child];
            a[child] = t;
            root = child;
        } else {
            return;
        }
    }
}

fn sort<T: PartialOrd + Copy>(a: &mut [T]) {
    let n = a.len();
    let mut start = n / 2;
    while start > 0 {
        start -= 1;
        sift_down(a, start, n);
    }
    let mut end = n;
    while end > 1 {
        end -= 1;
        let t = a[0];
        a[0] = a[end];
        a[end] = t;
        sift_down(a, 0, end);
    }
}

fn is_sorted<T: PartialOrd + Copy>(a: &[T]) -> bool {
    let mut i = 1;
    while i < a.len() {
        if a[i] < a[i - 1] {
            return false;
        }
        i += 1;
    }
    true
}

const N: usize = 100_000;

fn main() {
    let mut seed: u64 = 12345;
    let mut checksum: u64 = 0;
    let mut round = 0;
    while round < 8 {
        let mut ints = [0i64; N];
        let mut small = [0u32; N];
        let mut floats = [0.0f64; N];
        let mut i = 0;
        while i < N {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            ints[i] = (seed >> 20) as i64 - 4_000_000_000_000;
            small[i] = (seed >> 40) as u32;
            floats[i] = (seed >> 11) as f64 / 9007199254740992.0;
            i += 1;
        }
        sort(&mut ints);
        sort(&mut small);
        sort(&mut floats);
        if !is_sorted(&ints) || !is_sorted(&small) || !is_sorted(&floats) {
            println!("not sorted");
        }
        checksum = (checksum * 31 + (ints[N / 2] as u64 % 1_000_000_007) + small[N / 3] as u64) % 1_000_000_007;
        checksum = (checksum + (floats[N / 4] * 1e9) as u64) % 1_000_000_007;
        round += 1;
    }
    println!("generic_sort {}", checksum);
}
