// Generic functions with single and multiple bounds, each called at several types.
fn larger<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a > b { a } else { b }
}

fn smaller<T: PartialOrd + Copy>(a: T, b: T) -> T {
    if a < b { a } else { b }
}

fn same<T: PartialEq>(a: T, b: T) -> bool {
    a == b
}

fn clamp<T: PartialOrd + Copy>(x: T, lo: T, hi: T) -> T {
    smaller(larger(x, lo), hi)
}

fn main() {
    println!("{}", larger(3, 7));
    println!("{}", larger(-2i64, -9));
    println!("{}", larger(2.5, 1.25));
    println!("{}", larger('a', 'z'));
    println!("{}", smaller(10u8, 200));
    println!("{}", smaller(true, false));
    println!("{}", same(4, 4));
    println!("{}", same('x', 'y'));
    println!("{}", same(false, false));
    let inputs = [-5, 0, 5, 15];
    for i in 0..inputs.len() {
        let x = inputs[i];
        println!("clamp({}) = {}", x, clamp(x, 0, 10));
    }
    println!("{:.1}", clamp(9.75, 0.5, 2.0));
}
