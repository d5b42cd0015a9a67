// One generic used at three types: three copies at opt-level 0, each a symbol of its own; at
// opt-level 2 every copy is inlined into `main` and no symbol is left. SizeReportTests holds
// `toyrust size` to that, from the compiler's records.

fn largest<T: PartialOrd + Copy>(a: T, b: T, c: T) -> T {
    let mut best = a;
    if b > best {
        best = b;
    }
    if c > best {
        best = c;
    }
    best
}

fn main() {
    println!("{}", largest(3, 9, 4));
    println!("{}", largest(2.5, 1.5, 0.5));
    println!("{}", largest('x', 'y', 'a'));
}
