// Drops on the early return of `?`: the locals live at the `?` are dropped in reverse order of
// declaration, as at any `return`; a value moved before the `?` is not dropped again; the
// temporaries of the `?`'s statement are dropped before the locals; the error is moved out to the
// caller, which drops it; and locals of enclosing blocks and loop bodies are dropped on the way.

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

// An error that says when it is dropped.
#[derive(Debug)]
struct Failure {
    code: i32,
}

impl Drop for Failure {
    fn drop(&mut self) {
        println!("drop failure {}", self.code);
    }
}

fn step(ok: bool, code: i32) -> Result<i32, Failure> {
    if ok { Ok(code) } else { Err(Failure { code }) }
}

fn maybe(ok: bool) -> Option<i32> {
    if ok { Some(1) } else { None }
}

fn consume(n: Noisy) {
    println!("consume {}", n.0);
}

fn two_locals(ok: bool) -> Result<i32, Failure> {
    let _a = Noisy("a");
    let b = Noisy("b");
    let v = step(ok, 1)?;
    let _c = Noisy("c");
    consume(b);
    Ok(v)
}

// The `?` sits after a move: `b` is gone, only `a` is dropped on the early return.
fn after_move(ok: bool) -> Result<i32, Failure> {
    let _a = Noisy("a");
    let b = Noisy("b");
    consume(b);
    let v = step(ok, 2)?;
    Ok(v)
}

// In a nested block and a loop body: the inner locals go first, then the outer ones.
fn nested(fail_at: i32) -> Option<i32> {
    let _outer = Noisy("outer");
    let mut total = 0;
    let mut i = 0;
    while i < 3 {
        let _body = Noisy("body");
        {
            let _inner = Noisy("inner");
            total += maybe(i != fail_at)?;
        }
        i += 1;
    }
    Some(total)
}

fn temp_value(n: &Noisy, ok: bool) -> Result<i32, Failure> {
    println!("temp_value {}", n.0);
    step(ok, 3)
}

// A temporary of the `?`'s own statement (the `Noisy` borrowed by the call) is dropped first.
fn temporaries(ok: bool) -> Result<i32, Failure> {
    let _a = Noisy("a");
    let v = temp_value(&Noisy("temporary"), ok)?;
    println!("after the temporary");
    Ok(v)
}

// A chain: the first error wins, and nothing after it runs.
fn chain(first: bool, second: bool) -> Result<i32, Failure> {
    let _guard = Noisy("guard");
    let x = step(first, 4)? + step(second, 5)?;
    Ok(x)
}

// A local of a generic type with drop glue, moved into the result on success.
fn keep<T>(value: T, ok: bool) -> Option<T> {
    let _g = Noisy("generic guard");
    maybe(ok)?;
    Some(value)
}

fn main() {
    println!("{:?}", two_locals(true));
    println!("--");
    println!("{:?}", two_locals(false));
    println!("--");
    println!("{:?}", after_move(false));
    println!("--");
    println!("{:?}", nested(1));
    println!("--");
    println!("{:?}", nested(5));
    println!("--");
    println!("{:?}", temporaries(false));
    println!("--");
    println!("{:?}", temporaries(true));
    println!("--");
    println!("{:?}", chain(true, false));
    println!("--");
    println!("{:?}", chain(false, false));
    println!("--");
    match keep(Noisy("kept"), true) {
        Some(n) => println!("kept {}", n.0),
        None => println!("none"),
    }
    println!("--");
    println!("{}", keep(Noisy("lost"), false).is_none());
    println!("end");
}
