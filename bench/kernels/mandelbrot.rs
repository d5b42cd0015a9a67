// Issue 12, an f64 kernel: the Mandelbrot set on a 1000 × 1000 grid, at most 200 iterations per
// point, counting the points inside and summing the iteration counts.
fn escape(cr: f64, ci: f64, limit: u32) -> u32 {
    let mut zr = 0.0;
    let mut zi = 0.0;
    let mut i = 0;
    while i < limit {
        let zr2 = zr * zr;
        let zi2 = zi * zi;
        if zr2 + zi2 > 4.0 {
            return i;
        }
        zi = 2.0 * zr * zi + ci;
        zr = zr2 - zi2 + cr;
        i += 1;
    }
    limit
}

fn main() {
    let size = 1000;
    let limit = 200;
    let mut inside = 0;
    let mut total: u64 = 0;
    let mut y = 0;
    while y < size {
        let mut x = 0;
        while x < size {
            let cr = 3.0 * x as f64 / size as f64 - 2.0;
            let ci = 2.4 * y as f64 / size as f64 - 1.2;
            let n = escape(cr, ci, limit);
            if n == limit {
                inside += 1;
            }
            total += n as u64;
            x += 1;
        }
        y += 1;
    }
    println!("mandelbrot {} inside, {} iterations", inside, total);
}
