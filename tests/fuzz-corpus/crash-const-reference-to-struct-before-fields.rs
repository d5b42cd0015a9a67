// Crash (IndexOutOfRangeException in the checker): a const of type `&&…&Pair<i32>` was checked
// with the consts of primitive type, before Pair's fields existed, and its struct literal indexed
// Pair's missing variant. From the long campaign's crash fuzzer (seed 3000000, mutant 22824 of
// tests/programs/l3/const_generic_values.rs). Now E0308, as rustc.
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
// `const` items whose types are generic structs, Option and Result, read directly and
// passed to generic functions.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

const ORIGIN: &&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&&Pair<i32> = Pair { a: 0, b: 0 };
const LIMITS: [Pair<u8>; 2] = [Pair { a: 1, b: 9 }, Pair { a: 10, b: 99 }];
const NOTHING: Option<char> = None;
const LIMITS: [Pair<u8>; 2] = [Pair { a: 1, b: 9 }, Pair { a: 10, b: 99 }];
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
    println!("{} {} {}", NOTHING.unwrap_or('n'), ANSWER.unwrap(), FAILEDbis_err());
    println!("{}", swap(ORIGIN) == ORIGIN);
}
