// Reads that are not moves, and moves that are followed only by a new value: valid Rust that the
// move check (E0382) must accept. Printing, comparing and borrowing a value leave it in place;
// a `&mut` passed on is reborrowed; a moved variable assigned again is usable again; moving one
// field leaves the others usable.
#[derive(Debug, PartialEq)]
struct Item {
    name: Label,
    weight: i32,
}

#[derive(Debug, PartialEq)]
struct Label {
    code: u32,
}

fn take(item: Item) -> i32 {
    item.weight
}

fn grow(item: &mut Item) {
    item.weight += 1;
}

impl Item {
    fn heavier(&self, other: &Item) -> bool {
        self.weight > other.weight
    }
}

fn main() {
    let a = Item { name: Label { code: 1 }, weight: 3 };
    let b = Item { name: Label { code: 2 }, weight: 5 };
    println!("{:?}", a);
    println!("{:?} {}", a, a == b);
    println!("{} {}", a.heavier(&b), b.heavier(&a));

    let mut c = Item { name: Label { code: 3 }, weight: 1 };
    let r = &mut c;
    grow(r);
    grow(r);
    println!("{}", c.weight);

    let mut d = Item { name: Label { code: 4 }, weight: 9 };
    let mut total = 0;
    let mut i = 0;
    while i < 3 {
        total += take(d);
        d = Item { name: Label { code: 5 }, weight: i };
        i += 1;
    }
    println!("{} {:?}", total, d);

    let e = Item { name: Label { code: 6 }, weight: 7 };
    let label = e.name;
    println!("{:?} {}", label, e.weight);

    let f = Item { name: Label { code: 7 }, weight: 8 };
    let g = if f.weight > 5 { take(f) } else { 0 };
    println!("{}", g);
    match b.name {
        Label { code } => println!("code {}", code),
    }
    println!("{:?}", b);
    patterns();
}

// A guard sees its bindings by reference: a failed guard moves nothing, so the next arm may bind
// the same value again.
fn describe(slot: Option<Label>) -> u32 {
    match slot {
        Some(l) if l.code > 10 => l.code * 2,
        Some(l) => l.code,
        None => 0,
    }
}

fn patterns() {
    println!("{} {} {}", describe(Some(Label { code: 3 })), describe(Some(Label { code: 30 })), describe(None));
    let pair = (Label { code: 8 }, 9);
    let (label, n) = pair;
    println!("{:?} {}", label, n);
    // `..base` takes only `Copy` fields here, so the base stays whole.
    let base = Item { name: Label { code: 10 }, weight: 11 };
    let other = Item { name: Label { code: 12 }, ..base };
    println!("{:?} {:?}", base, other);
}
