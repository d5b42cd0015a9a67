// `{:?}` and `{:#?}` of Option, Result and generic structs and enums, including strings
// and chars inside them, negative numbers and floats.
#[derive(Debug)]
struct Pair<A, B> {
    left: A,
    right: B,
}

#[derive(Debug)]
struct Unit<T>(T);

#[derive(Debug)]
enum Tree<T> {
    Leaf(T),
    Node { value: T, weight: f64 },
    Empty,
}

fn show<T: std::fmt::Debug>(x: T) {
    println!("{:?}", x);
}

fn weigh<T>(t: &Tree<T>) -> f64 {
    match t {
        Tree::Node { value: _, weight } => *weight,
        _ => 0.0,
    }
}

fn main() {
    let pl = Pair { left: 2, right: 'r' };
    println!("{} {} {}", pl.left, pl.right, weigh(&Tree::Node { value: (), weight: 4.5 }));
    let node = Tree::Node { value: 'k', weight: weigh(&Tree::Leaf(1)) };
    if let Tree::Node { value, .. } = node {
        println!("{}", value);
    }
    let some: Option<i32> = Some(-5);
    let none: Option<i32> = None;
    let ok: Result<u8, char> = Ok(255);
    let err: Result<u8, char> = Err('e');
    println!("{:?} {:?} {:?} {:?}", some, none, ok, err);
    show(Some("hi"));
    show(Some('\n'));
    show(Some(1.0));
    show(Some(Some(0.25)));
    show(Pair { left: 1, right: "one" });
    let e: Result<i8, u16> = Err(3);
    show(Pair { left: Some(true), right: e });
    show(Unit(Unit(-0.5)));
    show(Unit((1, 'a')));
    show(Tree::Leaf(3u64));
    show(Tree::Node { value: 'v', weight: 1.5 });
    let empty: Tree<i8> = Tree::Empty;
    show(empty);
    show([Some(1), None, Some(3)]);
    println!("{:#?}", Pair { left: Some(Unit(1)), right: Tree::Node { value: -2, weight: 0.0 } });
    println!("{:#?}", none);
    println!("{:?}", (ok, Some(Pair { left: (), right: [0u8; 2] })));
}
