// A closure returned as `impl Fn` outlives the function: borrowing a parameter or a local is
// rustc's E0373 (its note and `move` suggestion are printed as `= note:`/`= help:` lines).
fn make_adder(k: i32) -> impl Fn(i32) -> i32 {
    |x| x + k //~ ERROR E0373
}

fn counter() -> impl FnMut() -> u32 {
    let mut n = 0;
    || { //~ ERROR E0373
        n += 1;
        n
    }
}

fn early(k: i32) -> impl Fn() -> i32 {
    if k > 0 {
        return || k + 1; //~ ERROR E0373
    }
    panic!("no closure for {k}")
}

fn main() {
    let f = make_adder(1);
    let mut c = counter();
    let e = early(1);
    println!("{} {} {}", f(2), c(), e());
}
