// Nested patterns: enums inside structs inside tuples, struct patterns with `..`, tuple rest `..`.
#[derive(Clone, Copy)]
enum Kind {
    Num(i32),
    Pair(i32, i32),
    Named { id: u8, ok: bool },
}

#[derive(Clone, Copy)]
struct Item {
    kind: Kind,
    weight: u32,
}

fn score(t: (Item, bool)) -> i32 {
    match t {
        (Item { kind: Kind::Num(0), .. }, _) => 0,
        (Item { kind: Kind::Num(n), weight: 1 }, true) => n * 100,
        (Item { kind: Kind::Num(n), weight }, _) => n * weight as i32,
        (Item { kind: Kind::Pair(a, b), .. }, flag) if flag => a + b,
        (Item { kind: Kind::Pair(a, _), .. }, _) => a,
        (Item { kind: Kind::Named { ok: true, id }, .. }, _) => id as i32,
        (Item { kind: Kind::Named { .. }, weight }, _) => -(weight as i32),
    }
}

fn main() {
    let items = [
        (Item { kind: Kind::Num(0), weight: 9 }, true),
        (Item { kind: Kind::Num(3), weight: 1 }, true),
        (Item { kind: Kind::Num(3), weight: 4 }, true),
        (Item { kind: Kind::Pair(2, 5), weight: 0 }, true),
        (Item { kind: Kind::Pair(2, 5), weight: 0 }, false),
        (Item { kind: Kind::Named { id: 8, ok: true }, weight: 3 }, false),
        (Item { kind: Kind::Named { id: 8, ok: false }, weight: 3 }, false),
    ];
    for i in 0..items.len() {
        print!("{} ", score(items[i]));
    }
    println!();
    let quad = (1, 2, 3, 4);
    match quad {
        (first, .., last) => println!("{} {}", first, last),
    }
    let ((a, _), [b, _, c]) = ((7, 8), [1, 2, 3]);
    println!("{} {} {}", a, b, c);
}
