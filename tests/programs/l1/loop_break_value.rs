// `loop` with `break` and `break value`; loop as an expression of the loop's type.
fn first_square_above(limit: u32) -> u32 {
    let mut i = 0;
    loop {
        if i * i > limit {
            break i * i;
        }
        i += 1;
    }
}

fn main() {
    println!("{}", first_square_above(50));
    println!("{}", first_square_above(0));
    let mut count = 0;
    loop {
        count += 1;
        if count == 5 {
            break;
        }
    }
    println!("{}", count);
    let mut a = 0;
    let mut b = 1;
    let fib = loop {
        let next = a + b;
        a = b;
        b = next;
        if b > 1000 {
            break (a, b);
        }
    };
    println!("{:?}", fib);
    let flag = loop {
        break true;
    };
    println!("{}", flag);
}
