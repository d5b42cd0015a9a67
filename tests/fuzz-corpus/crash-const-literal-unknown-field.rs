// Crash: NullReferenceException in ConstEvaluator. A const struct literal with a misspelled field (`aa`)
// has a field the checker could not bind; the evaluator read it anyway. Found by
// `scripts/fuzz.sh --seed 9200000` (mutant 8101, tests/programs/l3/const_generic_values.rs with DuplicateToken).
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

const ORIGIN: Pair<i32> = Pair { a: 0, b: 0 };
const LIMITS: [Pair<u8>; 2] = [Pair { aa: 1, b: 9 }, Pair { a: 10, b: 99 }];
const NOTHING: Option<char> = None;
const ANSWER: Option<i64> = Some(42);
const FAILED: Result<u16, bool> = Err(false);

fn swap<T: Copy>(p: Pair<T>) -> Pair<T> {
    Pair { a: p.b, b: p.a }
}

fn main() {
    println!("{:?} {}", ORIGIN, ORIGIN.a + ORIGIN.b);
    println!("{:?}", swap(LIMITS[1]));
    println!("{}", LIMITS[0].b);
    println!("{:?} {:?} {:?}", NOTHING, ANSWER, FAILED);
    println!("{} {} {}", NOTHING.unwrap_or('n'), ANSWER.unwrap(), FAILED.is_err());
    println!("{}", swap(ORIGIN) == ORIGIN);
}
