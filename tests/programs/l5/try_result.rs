// `?` on `Result` with `String` errors: the error moves out to the caller (a heap value that must
// be freed exactly once), an `Ok` gives its value. `Err("...")?` converts a `&str` into the
// function's `String` by `From`, and `.into()` does the same conversion by hand.

fn parse_digit(b: u8) -> Result<u32, String> {
    if b >= b'0' && b <= b'9' {
        Ok((b - b'0') as u32)
    } else {
        let mut message = String::from("not a digit: ");
        message.push(b as char);
        Err(message)
    }
}

fn parse_number(s: &str) -> Result<u32, String> {
    if s.is_empty() {
        Err("empty input")?;
    }
    let mut n: u32 = 0;
    for &b in s.as_bytes() {
        let d = parse_digit(b)?;
        n = n * 10 + d;
    }
    Ok(n)
}

// Chains: each step's error is the whole function's.
fn sum_of(a: &str, b: &str, c: &str) -> Result<u32, String> {
    Ok(parse_number(a)? + parse_number(b)? + parse_number(c)?)
}

fn check_range(n: u32, max: u32) -> Result<u32, String> {
    if n > max {
        return Err("too large".into());
    }
    Ok(n)
}

fn parse_bounded(s: &str, max: u32) -> Result<u32, String> {
    let n = check_range(parse_number(s)?, max)?;
    Ok(n)
}

// `?` inside a loop over owned strings: the strings not reached yet are dropped with the vector.
fn total(items: Vec<String>) -> Result<u32, String> {
    let mut sum = 0;
    for item in items {
        sum += parse_number(&item)?;
    }
    Ok(sum)
}

// The `Ok` value is a heap value too.
fn repeat(s: &str, times: &str) -> Result<String, String> {
    let n = parse_number(times)?;
    let mut out = String::new();
    let mut i = 0;
    while i < n {
        out.push_str(s);
        i += 1;
    }
    Ok(out)
}

fn describe(r: Result<u32, String>) -> String {
    match r {
        Ok(n) => format!("ok {}", n),
        Err(e) => {
            let mut s = String::from("error: ");
            s.push_str(&e);
            s
        }
    }
}

// `?` on a `Result` whose error is `()`, and on the unit value of an `Ok(())`.
fn validate(n: i32) -> Result<(), ()> {
    if n < 0 { Err(()) } else { Ok(()) }
}

fn all_valid(v: &[i32]) -> Result<usize, ()> {
    for &x in v {
        validate(x)?;
    }
    Ok(v.len())
}

fn main() {
    println!("{:?}", parse_number("451"));
    println!("{:?}", parse_number("4x1"));
    println!("{:?}", parse_number(""));
    println!("{:?}", sum_of("1", "20", "300"));
    println!("{:?}", sum_of("1", "2z", "3y"));
    println!("{:?} {:?} {:?}", parse_bounded("99", 100), parse_bounded("101", 100), parse_bounded("-1", 100));
    println!("{:?}", total(vec![String::from("5"), String::from("6"), String::from("7")]));
    println!("{:?}", total(vec![String::from("5"), String::from("six"), String::from("7")]));
    println!("{:?} {:?}", repeat("ab", "3"), repeat("ab", "three"));
    println!("{}", describe(parse_number("12")));
    println!("{}", describe(parse_number("1.5")));
    println!("{:?} {:?}", all_valid(&[1, 2, 3]), all_valid(&[1, -2, 3]));
}
