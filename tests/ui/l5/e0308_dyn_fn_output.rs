// A trait object's output type is part of its type: `dyn Fn(i32) -> u8` is not `dyn Fn(i32) -> i32`.
fn apply(f: &dyn Fn(i32) -> i32) -> i32 {
    f(1)
}

fn main() {
    let g = |x: i32| x as u8;
    let r: &dyn Fn(i32) -> u8 = &g;
    println!("{}", apply(r)); //~ ERROR E0308
}
