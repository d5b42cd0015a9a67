// Structs with named fields: literals (any field order, shorthand), field reads and writes.
struct Point {
    x: i32,
    y: i32,
}

struct Account {
    id: u32,
    balance: i64,
    active: bool,
    tag: char,
}

fn main() {
    let p = Point { x: 3, y: -4 };
    println!("{} {}", p.x, p.y);
    let x = 10;
    let y = 20;
    let q = Point { y, x };
    println!("{} {}", q.x, q.y);
    let mut a = Account { balance: 100, id: 7, tag: 'a', active: false };
    a.balance -= 30;
    a.active = true;
    a.tag = 'b';
    println!("{} {} {} {}", a.id, a.balance, a.active, a.tag);
    let r = Point { x: p.x + q.x, y: p.y * q.y };
    println!("{} {}", r.x, r.y);
}
