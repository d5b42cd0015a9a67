// `let mut`, plain assignment, deferred initialisation and assignment as a unit expression.
fn main() {
    let mut a = 1;
    println!("{}", a);
    a = 2;
    println!("{}", a);
    a = a * 10 + a;
    println!("{}", a);
    let b: i32;
    if a > 10 {
        b = 100;
    } else {
        b = -100;
    }
    println!("{}", b);
    let mut c = 'a';
    println!("{}", c);
    c = 'b';
    println!("{}", c);
    let mut flag = false;
    println!("{}", flag);
    let unit = flag = true;
    println!("{} {:?}", flag, unit);
}
