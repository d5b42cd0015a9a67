// std's associated consts of `f64` and `f32`, printed with `{}` and `{:?}`, and used in
// arithmetic and comparisons (NaN is unequal to itself; EPSILON is the gap above 1.0).
fn is_nan(x: f64) -> bool {
    x != x
}

fn main() {
    let xs = [f64::MAX, f64::MIN, f64::MIN_POSITIVE, f64::EPSILON, f64::INFINITY, f64::NEG_INFINITY, f64::NAN];
    for x in xs {
        println!("{} {:?} {}", x, x, is_nan(x));
    }
    let ys = [f32::MAX, f32::MIN, f32::MIN_POSITIVE, f32::EPSILON, f32::INFINITY, f32::NEG_INFINITY, f32::NAN];
    for y in ys {
        println!("{} {:?}", y, y);
    }
    println!("{} {}", is_nan(f64::NAN + 1.0), 1.0 + f64::EPSILON > 1.0);
    println!("{} {}", 1.0 + f64::EPSILON / 2.0 == 1.0, f64::MAX * 2.0);
    println!("{}", f32::MAX as f64);
    let smallest = f64::MIN_POSITIVE / 2.0;
    println!("{} {}", smallest > 0.0, smallest < f64::MIN_POSITIVE);
}
