// User-defined generic enums: a Maybe<T> and an Either<L, R>, matched and printed.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Maybe<T> {
    Nothing,
    Just(T),
}

#[derive(Debug)]
enum Either<L, R> {
    Left(L),
    Right(R),
}

#[derive(Debug)]
enum Tagged<T> {
    Plain,
    Labeled { tag: char, value: T },
}

fn half(n: i32) -> Maybe<i32> {
    if n % 2 == 0 { Maybe::Just(n / 2) } else { Maybe::Nothing }
}

fn classify(n: i32) -> Either<u32, char> {
    if n >= 0 { Either::Left(n as u32) } else { Either::Right('-') }
}

fn or_default<T: Copy>(m: Maybe<T>, d: T) -> T {
    match m {
        Maybe::Just(v) => v,
        Maybe::Nothing => d,
    }
}

fn main() {
    let ns = [4, 7, -10];
    for i in 0..ns.len() {
        let n = ns[i];
        let h = half(n);
        println!("{:?} -> {}", h, or_default(h, -1));
        match classify(n) {
            Either::Left(u) => println!("left {}", u),
            Either::Right(c) => println!("right {}", c),
        }
    }
    println!("{}", half(8) == Maybe::Just(4));
    println!("{}", half(3) == Maybe::Nothing);
    let e: Either<bool, f64> = Either::Right(2.5);
    println!("{:?}", e);
    let t = Tagged::Labeled { tag: 'k', value: (1u8, false) };
    let u: Tagged<i8> = Tagged::Plain;
    println!("{:?} {:?}", t, u);
    if let Tagged::Labeled { tag, value } = t {
        println!("{} {} {}", tag, value.0, value.1);
    }
    println!("{:?}", or_default(Maybe::Just('x'), 'y'));
    println!("{:?}", or_default(Maybe::Nothing, 2.5));
}
