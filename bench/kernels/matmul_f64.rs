// Issue 12, an f64 kernel: multiplies two 400 × 400 matrices of `f64` stored row-major in
// `Vec<f64>` (i-k-j loop order), eight times, and prints the trace and a corner of the result.
fn matmul(a: &Vec<f64>, b: &Vec<f64>, n: usize) -> Vec<f64> {
    let mut c = vec![0.0; n * n];
    let mut i = 0;
    while i < n {
        let mut k = 0;
        while k < n {
            let aik = a[i * n + k];
            let mut j = 0;
            while j < n {
                c[i * n + j] += aik * b[k * n + j];
                j += 1;
            }
            k += 1;
        }
        i += 1;
    }
    c
}

fn main() {
    let n = 400;
    let mut a = vec![0.0; n * n];
    let mut b = vec![0.0; n * n];
    let mut i = 0;
    while i < n * n {
        a[i] = ((i * 7) % 11) as f64 / 10.0 - 0.5;
        b[i] = ((i * 13) % 17) as f64 / 16.0 - 0.5;
        i += 1;
    }
    let mut round = 0;
    while round < 8 {
        let c = matmul(&a, &b, n);
        let mut j = 0;
        while j < n * n {
            a[j] = c[j] / 64.0;
            j += 1;
        }
        round += 1;
    }
    let mut trace = 0.0;
    let mut d = 0;
    while d < n {
        trace += a[d * n + d];
        d += 1;
    }
    println!("matmul_f64 trace {:.9} corner {:.12}", trace, a[n * n - 1]);
}
