// `?` inside a closure returns from the closure: its return type (written, or inferred from the
// body) takes the residual, as in rustc. The early return drops the closure's live locals.
fn parse_all(v: &[&str]) -> Option<i32> {
    let first = |s: &str| -> Option<i32> {
        let n = s.len() as i32;
        if n == 0 {
            return None;
        }
        Some(n)
    };
    let mut total = 0;
    for s in v {
        total += first(*s)?;
    }
    Some(total)
}

fn half(x: i32) -> Result<i32, String> {
    if x % 2 == 0 { Ok(x / 2) } else { Err(format!("{} is odd", x)) }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

#[derive(Debug)]
struct AppError(String);

impl From<String> for AppError {
    fn from(s: String) -> AppError {
        AppError(s)
    }
}

fn main() {
    let converted = |x: i32| -> Result<i32, AppError> {
        let _n = Noisy("inside");
        let h = half(x)?;
        println!("halved {}", h);
        Ok(h)
    };
    println!("{:?}", converted(4));
    println!("{:?}", converted(5));
    let quarter = |x: i32| -> Result<i32, String> {
        let h = half(x)?;
        let q = half(h)?;
        Ok(q)
    };
    println!("{:?}", quarter(8));
    println!("{:?}", quarter(6));
    let get = |o: Option<i32>| {
        let v = o?;
        Some(v + 1)
    };
    println!("{:?} {:?}", get(Some(1)), get(None));
    println!("{:?}", parse_all(&["ab", "c"]));
    println!("{:?}", parse_all(&["ab", ""]));
}
