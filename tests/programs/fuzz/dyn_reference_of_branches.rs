// Bug 30 (docs/reliability.md): `&(match …)` where a `&dyn Score` is expected took `dyn Score` as
// the type its arms must have (E0308 "`match` arms have incompatible types"); rustc types the
// operand on its own and unsizes the reference afterwards. Found by the differential campaign
// of the test suite once the generator called functions taking trait objects.
trait Score {
    fn score(&self) -> i64;
}

impl Score for i32 {
    fn score(&self) -> i64 {
        *self as i64 * 3
    }
}

impl Score for u8 {
    fn score(&self) -> i64 {
        *self as i64 + 100
    }
}

fn dyn_total(x: &dyn Score) -> i64 {
    x.score()
}

fn main() {
    let c = 'a';
    println!("{}", dyn_total(&(match c {
        'a'..='m' if c != 'b' => 1,
        'A' | 'B' => 2,
        _ => 3,
    })));
    println!("{}", dyn_total(&(if c == 'b' { 4u8 } else { 5 })));
    println!("{}", dyn_total(&{ 6 }));
    let s: &dyn Score = &(match c {
        'a' => 7i32,
        _ => 8,
    });
    println!("{}", s.score());
}
