// Copy types are copied on assignment and by-value calls; `.clone()` on Clone-derived types.
#[derive(Clone, Copy, Debug)]
struct P {
    x: i32,
    y: i32,
}

#[derive(Clone, Debug)]
struct Big {
    values: [u16; 3],
    origin: P,
}

#[derive(Clone, Copy, Debug)]
enum Tag {
    A,
    B(u8),
}

fn shift(mut p: P) -> P {
    p.x += 100;
    p
}

fn main() {
    let a = P { x: 1, y: 2 };
    let mut b = a;
    b.y = 20;
    let c = shift(a);
    println!("{:?} {:?} {:?}", a, b, c);
    let big = Big { values: [1, 2, 3], origin: a };
    let mut copy = big.clone();
    copy.values[0] = 99;
    copy.origin.x = -1;
    println!("{:?}", big);
    println!("{:?}", copy);
    let t = Tag::B(7);
    let u = t;
    println!("{:?} {:?} {:?}", t, u, Tag::A.clone());
    if let Tag::B(n) = u {
        println!("{}", n);
    }
    let arr = [a; 2];
    let arr2 = arr;
    println!("{:?} {}", arr2, arr[1].y);
}
