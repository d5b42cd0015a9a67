// Found by the differential runner: an enum whose only payload is zero-sized (`Option<Unit>`) was
// laid out with no payload field, and building `Some(Unit)` pointed past it (an internal error).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Unit;

#[derive(Debug, Clone, Copy, PartialEq)]
enum E {
    A(Unit),
    B,
    C((), Unit),
}

fn main() {
    let a: Option<Unit> = Some(Unit);
    let b: Option<Unit> = None;
    let e = [E::A(Unit), E::B, E::C((), Unit)];
    println!("{:?} {:?} {} {}", a, b, a == b, a.is_some());
    println!("{:?} {}", e, e[0] == E::A(Unit));
    if let Some(u) = a {
        println!("{:?}", u);
    }
    match e[2] {
        E::C(x, y) => println!("{:?} {:?}", x, y),
        _ => println!("other"),
    }
}
