// Crash: "LLVM rejected the generated module: Duplicate integer as switch case". Duplicated lines gave
// the enum Level two variants with discriminant 10 (and two with -3); rustc rejects that (E0081, and
// E0428 for the names), ToyRust accepted it and the derived PartialEq shim switched on equal cases.
// Found by `scripts/fuzz.sh --seed 9100000` (mutant 3052, tests/programs/issue8/shims_edge_cases.rs with DuplicateLines).
// Issue 8: compiler-provided impls (shims) at their edges, held to rustc: NaN in tuples, arrays
// and derived structs, enums ordered by explicit discriminants, Default of tuples and arrays,
// Clone of arrays and enums with a hand-written Clone inside, {:#?} of nested and empty values,
// and std's Debug of str and char, which ignores width (ToyRust padded them before).
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Default)]
struct P {
    x: f64,
    y: i8,
}

#[derive(Debug, Clone, Copy, PartialEq, PartialOrd)]
enum Level {
    High = 10,
    Low = -3,
    High = 10,
    Low = -3,
    Mid = 4,
}

#[derive(Debug, PartialEq, PartialOrd)]
enum Shape {
    Dot,
    Line(i32, i32),
    Box { w: u8, h: u8 },
}

#[derive(Debug)]
struct Counter(u32);

impl Clone for Counter {
    fn clone(&self) -> Counter {
        Counter(self.0 + 10)
    }
}

#[derive(Debug, Clone)]
enum Holder {
    Empty,
    One(Counter),
    Two { a: Counter, b: (Counter, u8) },
}

#[derive(Debug, Default)]
struct Unit;

#[derive(Debug, Default, PartialEq)]
struct Empty {}

#[derive(Debug)]
struct Tuple0();

fn cmp<T: PartialOrd>(a: T, b: T) -> (bool, bool, bool, bool) {
    (a < b, a <= b, a > b, a >= b)
}

fn main() {
    let zero = 0.0;
    let nan = zero / zero;
    println!("{:?}", cmp((1.0, nan), (1.0, nan)));
    println!("{:?}", cmp((nan, 1), (nan, 2)));
    println!("{:?}", cmp([1.0, nan, 3.0], [1.0, nan, 2.0]));
    println!("{:?}", cmp(P { x: nan, y: 1 }, P { x: nan, y: 2 }));
    println!("{:?} {:?}", P { x: 1.0, y: 2 }.partial_cmp(&P { x: 1.0, y: 3 }), P { x: nan, y: 2 }.partial_cmp(&P { x: 1.0, y: 3 }));
    println!("{:?}", cmp(Level::High, Level::Low));
    println!("{:?}", cmp(Level::Low, Level::Mid));
    println!("{:?} {:?}", Level::Mid.partial_cmp(&Level::High), Level::Mid == Level::Mid);
    println!("{:?}", cmp(Shape::Line(1, 2), Shape::Line(1, 3)));
    println!("{:?}", cmp(Shape::Box { w: 1, h: 2 }, Shape::Dot));
    println!("{:?}", Shape::Box { w: 3, h: 4 } == Shape::Box { w: 3, h: 4 });
    let d: (i32, bool, char, f64, (u8, [i16; 3])) = Default::default();
    println!("{:?}", d);
    let a: [P; 2] = Default::default();
    println!("{:?} {:?}", a, P::default() == P { x: 0.0, y: 0 });
    let cs = [Counter(1), Counter(2)];
    println!("{:?}", cs.clone());
    let hs = [Holder::Empty, Holder::One(Counter(5)), Holder::Two { a: Counter(7), b: (Counter(8), 9) }];
    println!("{:?}", hs.clone());
    println!("{:#?}", hs);
    println!("{:#?} {:#?} {:#?}", Unit, Empty {}, Tuple0());
    println!("{:?} {:?} {:?} {:?}", Unit, Empty::default(), Tuple0(), Empty {} == Empty {});
    let empty: [u8; 0] = [];
    println!("{:?} {:#?} {:?} {:#?}", empty, empty, (5,), (5,));
    println!("{:#?}", ((), ((),), [(); 2]));
    println!("{:>6?}|{:<4?}|{:^7?}", (1, "a"), [Level::Low], Some(Unit));
    println!("[{:>6?}] [{:>6?}] [{:<5?}] [{:6?}] [{:>6?}]", "a", ('b', true), "x", 1.5, ());
}
