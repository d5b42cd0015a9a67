// Free functions with parameters of several types, tail-expression and `return` results.
fn add(a: i32, b: i32) -> i32 {
    a + b
}

fn mix(a: u8, b: i64, flag: bool) -> i64 {
    if flag {
        return a as i64 * b;
    }
    b - a as i64
}

fn no_params() -> u32 {
    42
}

fn greet(times: i32) {
    let mut i = 0;
    while i < times {
        println!("hello {}", i);
        i += 1;
    }
}

fn main() {
    println!("{}", add(2, 3));
    println!("{}", add(-10, 4));
    println!("{}", mix(3, 100, true));
    println!("{}", mix(3, 100, false));
    println!("{}", no_params());
    greet(2);
    println!("{}", add(add(1, 2), add(3, 4)));
}
