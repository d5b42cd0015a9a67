// `str::parse` into every integer type, `bool` and `char`, and a program's own `FromStr`: the
// values, std's error kinds (`{:?}`) and messages (`{}`), and `?` on a `ParseIntError`.
use std::num::ParseIntError;
use std::str::FromStr;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl FromStr for Point {
    type Err = ParseIntError;

    fn from_str(s: &str) -> Result<Point, ParseIntError> {
        let mut parts = s.split(',');
        let x = parts.next().unwrap_or("").parse::<i32>()?;
        let y = parts.next().unwrap_or("").parse::<i32>()?;
        Ok(Point { x, y })
    }
}

fn sum(text: &str) -> Result<i64, ParseIntError> {
    let mut total = 0;
    for word in text.split_whitespace() {
        total += word.parse::<i64>()?;
    }
    Ok(total)
}

fn show<T: std::fmt::Debug>(label: &str, r: Result<T, ParseIntError>) {
    match r {
        Ok(v) => println!("{:>12}: Ok({:?})", label, v),
        Err(e) => println!("{:>12}: {:?} \"{}\" [{:>40}]", label, e, e, e),
    }
}

fn main() {
    for s in ["0", "42", "-42", "+7", "", "-", "+", "12a", "a12", " 1", "1 ", "--1", "-0", "007"] {
        show(s, s.parse::<i32>());
    }
    for s in ["127", "128", "-128", "-129", "99999999999x", "1x99999999999"] {
        show(s, s.parse::<i8>());
    }
    for s in ["255", "256", "-1", "-0", "+0"] {
        show(s, s.parse::<u8>());
    }
    show("i16", "-32768".parse::<i16>());
    show("u16", "65536".parse::<u16>());
    show("u32", "4294967295".parse::<u32>());
    show("i64", "-9223372036854775808".parse::<i64>());
    show("i64 over", "9223372036854775808".parse::<i64>());
    show("u64", "18446744073709551615".parse::<u64>());
    show("i128", "-170141183460469231731687303715884105728".parse::<i128>());
    show("i128 over", "-170141183460469231731687303715884105729".parse::<i128>());
    show("u128", "340282366920938463463374607431768211455".parse::<u128>());
    show("u128 over", "340282366920938463463374607431768211456".parse::<u128>());
    show("usize", "18446744073709551616".parse::<usize>());
    show("isize", "-5".parse::<isize>());
    let n: u32 = "17".parse().unwrap();
    let m = i32::from_str("-3").unwrap();
    println!("{} {}", n + 1, m * 2);

    println!("{:?} {:?} {:?}", "true".parse::<bool>(), "false".parse::<bool>(), "True".parse::<bool>());
    match "yes".parse::<bool>() {
        Ok(b) => println!("{}", b),
        Err(e) => println!("{}", e),
    }
    println!("{:?} {:?} {:?}", "x".parse::<char>(), "é".parse::<char>(), "".parse::<char>());
    match "xy".parse::<char>() {
        Ok(c) => println!("{}", c),
        Err(e) => println!("{:?}: {}", e, e),
    }
    match "".parse::<char>() {
        Ok(c) => println!("{}", c),
        Err(e) => println!("{}", e),
    }

    println!("{:?}", "3,-4".parse::<Point>());
    println!("{:?}", "3;4".parse::<Point>());
    println!("{:?} {:?}", sum("1 2 3 40"), sum("1 two 3"));
    if let Err(e) = "".parse::<u64>() {
        println!("{:?} {}", e.kind(), e.to_string());
    }
}
