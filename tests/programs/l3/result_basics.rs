// Result<T, E>: match, if let, unwrap, expect, is_ok, is_err, unwrap_or, with an enum
// error type and with primitive error types.
#[derive(Debug, Clone, Copy, PartialEq)]
enum ParseError {
    Empty,
    BadDigit(char),
    TooBig { limit: u32 },
}

fn digit(c: char) -> Result<u32, ParseError> {
    if c >= '0' && c <= '9' {
        Ok(c as u32 - '0' as u32)
    } else {
        Err(ParseError::BadDigit(c))
    }
}

fn parse3(cs: [char; 3], len: usize) -> Result<u32, ParseError> {
    if len == 0 {
        return Err(ParseError::Empty);
    }
    let mut n = 0;
    for i in 0..len {
        match digit(cs[i]) {
            Ok(d) => n = n * 10 + d,
            Err(e) => return Err(e),
        }
    }
    if n > 500 {
        Err(ParseError::TooBig { limit: 500 })
    } else {
        Ok(n)
    }
}

fn sqrt_floor(n: i64) -> Result<i64, i64> {
    if n < 0 {
        return Err(n);
    }
    let mut r = 0;
    while (r + 1) * (r + 1) <= n {
        r += 1;
    }
    Ok(r)
}

fn main() {
    let inputs = [(['1', '2', '3'], 3), (['9', '9', '9'], 3), (['4', 'x', '1'], 3), (['0', '0', '0'], 0), (['7', '5', '0'], 2)];
    for i in 0..inputs.len() {
        let (cs, len) = inputs[i];
        let r = parse3(cs, len);
        println!("{:?} ok={} err={}", r, r.is_ok(), r.is_err());
        match r {
            Ok(n) => println!("  value {}", n),
            Err(ParseError::BadDigit(c)) => println!("  bad digit {:?}", c),
            Err(ParseError::TooBig { limit }) => println!("  over {}", limit),
            Err(e) => println!("  other {:?}", e),
        }
    }
    println!("{}", parse3(['4', '2', '0'], 2).unwrap());
    println!("{}", parse3(['4', '2', '0'], 3).expect("valid number"));
    println!("{}", parse3(['-', '2', '0'], 3).unwrap_or(0));
    println!("{}", parse3(['-', '2', '0'], 3) == Err(ParseError::BadDigit('-')));
    if let Err(e) = sqrt_floor(-20) {
        println!("negative input {}", e);
    }
    if let Ok(r) = sqrt_floor(99) {
        println!("sqrt {}", r);
    }
    let ok: Result<bool, ()> = Ok(true);
    let bad: Result<f64, u8> = Err(3);
    println!("{:?} {:?} {}", ok, bad, bad.unwrap_or(1.5));
}
