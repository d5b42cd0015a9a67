// Block expressions: the value of the final expression, statements before it, nested blocks,
// and blocks as operands and arguments.
fn show(n: i32) {
    println!("{}", n);
}

fn main() {
    let a = {
        let x = 3;
        let y = 4;
        x * x + y * y
    };
    println!("{}", a);
    let b = {
        let inner = {
            10
        };
        inner + 1
    } * 2;
    println!("{}", b);
    show({
        let t = a - b;
        t * 3
    });
    let c = { 5 } + { 6 };
    println!("{}", c);
    let d = {
        println!("side effect");
        true
    };
    println!("{}", d);
}
