// The unit type `()`: as a value, in a tuple, as a block's value.
fn unit() {}

fn main() {
    let a = ();
    let b: () = {};
    let c = {
        let x = 1;
        println!("x = {}", x);
    };
    let t = ((), 1, ());
    println!("{:?} {:?} {:?}", a, b, c);
    println!("{:?}", t);
    println!("{:?}", unit());
}
