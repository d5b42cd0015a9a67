// Positional `{0} {1} {0}` arguments, captured identifiers `{x}`, and mixes of them.
fn main() {
    println!("{0} {1} {0}", "a", "b");
    println!("{1} {0}", 1, 2);
    println!("{0}{0}{0}", 'z');
    let x = 42;
    let name = "world";
    println!("{x}");
    println!("hello {name}, x = {x}");
    println!("{} {x} {}", 1, 2);
    println!("{0} {x} {0}", 7);
    let width = -3i64;
    println!("[{width}]");
    let flag = false;
    println!("{flag:>6}|{x:<4}|{x:04}");
    println!("{0:>3} {1:<3}|", 5, 6);
}
