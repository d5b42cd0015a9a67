// `==` and `!=` from derived PartialEq on structs, tuple structs, enums with data, nested.
#[derive(PartialEq, Debug, Clone, Copy)]
struct V(i32, i32);

#[derive(PartialEq, Debug)]
struct Named {
    id: u32,
    pos: V,
}

#[derive(PartialEq, Debug)]
enum E {
    A,
    B(i32),
    C { v: V },
}

fn main() {
    println!("{} {}", V(1, 2) == V(1, 2), V(1, 2) == V(2, 1));
    println!("{}", V(1, 2) != V(1, 3));
    let n1 = Named { id: 1, pos: V(0, 0) };
    let n2 = Named { id: 1, pos: V(0, 0) };
    let n3 = Named { id: 1, pos: V(0, 1) };
    println!("{} {}", n1 == n2, n1 == n3);
    println!("{} {} {}", E::A == E::A, E::A == E::B(0), E::B(3) == E::B(3));
    println!("{} {}", E::C { v: V(1, 1) } == E::C { v: V(1, 1) }, E::B(1) != E::B(2));
    assert_eq!(n1, n2);
    assert_ne!(E::B(1), E::C { v: V(1, 1) });
    println!("asserts passed");
}
