// `for` over vectors, slices, arrays and user iterators: Rust's desugaring into
// `IntoIterator::into_iter` and `Iterator::next`, with every kind of head.
struct Counter {
    n: u32,
    limit: u32,
}

impl Iterator for Counter {
    type Item = u32;

    fn next(&mut self) -> Option<Self::Item> {
        if self.n < self.limit {
            self.n += 1;
            Some(self.n)
        } else {
            None
        }
    }
}

fn total<I: Iterator<Item = u32>>(it: I) -> u32 {
    let mut s = 0;
    for x in it {
        s += x;
    }
    s
}

fn largest<T: PartialOrd + Copy>(xs: &[T]) -> T {
    let mut best = xs[0];
    for &x in xs {
        if x > best {
            best = x;
        }
    }
    best
}

fn main() {
    let mut v = vec![3, 1, 4, 1, 5];
    for x in &v {
        print!("{} ", x);
    }
    println!();
    for x in &mut v {
        *x *= 10;
    }
    for x in v.iter_mut() {
        *x += 1;
    }
    for x in v.iter() {
        print!("{} ", x);
    }
    println!();
    println!("largest {} {}", largest(&v), largest(&[2.5, -1.0, 9.25]));

    let mut sum = 0;
    for x in v {
        sum += x;
    }
    println!("sum {}", sum);

    let arr = [7u8, 8, 9];
    for a in arr {
        print!("{} ", a);
    }
    for a in &arr {
        print!("{} ", a);
    }
    for a in &arr[1..] {
        print!("{} ", a);
    }
    println!();

    // A copy of the array is iterated: changing the array inside the loop changes nothing.
    let mut nums = [1, 2, 3];
    for n in nums {
        nums[2] = 100;
        print!("{} ", n);
    }
    println!("{:?}", nums);

    println!("total {}", total(Counter { n: 0, limit: 4 }));
    let mut c = Counter { n: 10, limit: 12 };
    for x in &mut c {
        println!("counter {}", x);
    }
    println!("c.n {}", c.n);

    let grid = vec![vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9]];
    'rows: for row in &grid {
        for &cell in row {
            if cell % 4 == 0 {
                println!("skip rest of row at {}", cell);
                continue 'rows;
            }
            if cell == 8 {
                break 'rows;
            }
            print!("{} ", cell);
        }
        println!("| end of row");
    }
    println!();

    let empty: Vec<i64> = Vec::new();
    for _ in &empty {
        println!("never");
    }
    let mut found = None;
    for (i, x) in [(0, 'a'), (1, 'b'), (2, 'c')] {
        if x == 'b' {
            found = Some(i);
            break;
        }
    }
    println!("{:?}", found);
}
