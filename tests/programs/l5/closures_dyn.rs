fn call_it(f: &dyn Fn(i32) -> i32, x: i32) -> i32 {
    f(x)
}

fn bump(f: &mut dyn FnMut(i32)) {
    f(1);
    f(2);
}

fn main() {
    let k = 10;
    let add: &dyn Fn(i32) -> i32 = &|x| x + k;
    println!("{}", add(3));
    let double = |x: i32| x * 2;
    println!("{} {}", call_it(&double, 4), call_it(add, 5));
    let mut total = 0;
    let mut acc = |x: i32| total += x;
    bump(&mut acc);
    bump(&mut acc);
    println!("{}", total);
}
