// Shadowing: a new binding with the same name, possibly of a different type, and in inner blocks.
fn main() {
    let x = 5;
    let x = x + 1;
    println!("{}", x);
    {
        let x = x * 2;
        println!("inner {}", x);
    }
    println!("outer {}", x);
    let x = x > 3;
    println!("{}", x);
    let x = 'c';
    println!("{}", x);
    let spaces = 3u8;
    let spaces = spaces as u64 * 1000;
    println!("{}", spaces);
}
