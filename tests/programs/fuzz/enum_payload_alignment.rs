// Found by the differential runner: an enum's payload was stored as 8-byte words, but an `i128`
// payload is read through a 16-byte-aligned view; at opt-level 0 x86-64 loads it with `movaps`,
// which faulted whenever the enum landed on an address that was not a multiple of 16.
#[derive(Debug, Clone, Copy, PartialEq)]
enum E {
    A(i128),
    B(u8, i128),
    C,
}

fn pick(n: i32) -> i128 {
    n as i128 * 170141183460469231731687303715884105
}

fn main() {
    let x = 1u8;
    let e = E::A(pick(3));
    let y = 2u8;
    let f = [E::B(x, pick(-2)), E::C, e];
    if let E::A(170141183460469231731687303715884105727) = E::A(pick(1)) {
        println!("max");
    }
    match f[0] {
        E::B(a, b) => println!("{} {} {}", a, b, y),
        _ => println!("other"),
    }
    println!("{:?} {:?} {}", e, f, f[2] == e);
    let o: Option<i128> = Some(pick(7));
    println!("{:?} {}", o, o.unwrap_or(0));
}
