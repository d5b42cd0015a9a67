// Labelled `break` and `continue` across nested loops of every kind, and `break 'label value`.
fn main() {
    'outer: for i in 0..5 {
        for j in 0..5 {
            if j > i {
                continue 'outer;
            }
            if i == 4 {
                break 'outer;
            }
            print!("{}{} ", i, j);
        }
    }
    println!();
    let mut n = 0;
    'scan: while n < 100 {
        n += 1;
        let mut k = 2;
        while k < n {
            if n % k == 0 {
                continue 'scan;
            }
            k += 1;
        }
        if n > 20 {
            break 'scan;
        }
        print!("{} ", n);
    }
    println!();
    let found = 'search: loop {
        let mut x = 1;
        loop {
            if x * 7 % 5 == 3 {
                break 'search x;
            }
            x += 1;
        }
    };
    println!("found {}", found);
    let mut hits = 0;
    'a: for i in 0..3 {
        'b: for j in 0..3 {
            if j == 2 {
                continue 'a;
            }
            if i == 1 {
                break 'b;
            }
            hits += 1;
        }
    }
    println!("hits {}", hits);
}
