// Crash: "internal compiler error: no impl of `PartialEq<Result<i32, Fault>>` for `Result<i32, Fault>`
// has `eq`". With `PartialEq` deleted from Fault's derive, the checker's own comparability test still
// took Result's derive as unconditional, and the collector found no `eq` for the shim. The checker now
// asks the trait solver (a derive holds when the arguments compare): E0369, as rustc. Found by
// `scripts/fuzz.sh --seed 9000000` (mutant 2950, tests/programs/l3/option_result_chain.rs with DeleteToken).
// A small pipeline of steps that each return Option or Result; the steps are chained
// with match and if let, converting between Option and Result by hand.
#[derive(Debug, Clone, Copy, )]
enum Fault {
    NotFound(u32),
    Negative,
    Overflow,
}

#[derive(Debug, Clone, Copy)]
struct Account {
    id: u32,
    balance: i64,
}

fn accounts() -> [Account; 3] {
    [
        Account { id: 1, balance: 500 },
        Account { id: 2, balance: -20 },
        Account { id: 7, balance: 9_000_000_000 },
    ]
}

fn find(id: u32) -> Option<Account> {
    let all = accounts();
    for i in 0..all.len() {
        if all[i].id == id {
            return Some(all[i]);
        }
    }
    None
}

fn require(id: u32) -> Result<Account, Fault> {
    match find(id) {
        Some(a) => Ok(a),
        None => Err(Fault::NotFound(id)),
    }
}

fn positive(a: Account) -> Result<i64, Fault> {
    if a.balance < 0 { Err(Fault::Negative) } else { Ok(a.balance) }
}

fn to_i32(n: i64) -> Result<i32, Fault> {
    if n > i32::MAX as i64 { Err(Fault::Overflow) } else { Ok(n as i32) }
}

fn balance_of(id: u32) -> Result<i32, Fault> {
    let acct = match require(id) {
        Ok(a) => a,
        Err(e) => return Err(e),
    };
    let b = match positive(acct) {
        Ok(b) => b,
        Err(e) => return Err(e),
    };
    to_i32(b)
}

fn ok_value(r: Result<i32, Fault>) -> Option<i32> {
    match r {
        Ok(v) => Some(v),
        Err(_) => None,
    }
}

fn main() {
    let ids = [1, 2, 3, 7];
    for i in 0..ids.len() {
        let id = ids[i];
        let r = balance_of(id);
        println!("{} -> {:?} / {:?}", id, r, ok_value(r));
    }
    let mut total = 0;
    for id in 0..10 {
        if let Some(v) = ok_value(balance_of(id)) {
            total += v;
        }
    }
    println!("total {}", total);
    println!("{}", balance_of(3) == Err(Fault::NotFound(3)));
    println!("{}", ok_value(balance_of(2)).unwrap_or(0));
    println!("{}", find(7).is_some() && require(8).is_err());
}
