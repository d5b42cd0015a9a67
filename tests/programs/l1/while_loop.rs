// while loops: counting, a condition computed each time, nested loops, zero iterations.
fn main() {
    let mut n = 27u64;
    let mut steps = 0;
    while n != 1 {
        if n % 2 == 0 {
            n /= 2;
        } else {
            n = 3 * n + 1;
        }
        steps += 1;
    }
    println!("collatz steps {}", steps);
    let mut i = 0;
    while i < 3 {
        let mut j = 0;
        while j < i {
            print!("{}{} ", i, j);
            j += 1;
        }
        i += 1;
    }
    println!();
    let mut never = 0;
    while never > 0 {
        never -= 1;
    }
    println!("{}", never);
    let mut k = 10;
    while {
        k -= 3;
        k > 0
    } {
        print!("{} ", k);
    }
    println!();
}
